import { priceParcel, quoteDelivery } from './delivery-charge.calculator';
import { PATHAO_RATE_CARD } from './rate-card';

const vendorA = '0b9f6a52-3c1e-4d57-9d8e-6a1f7e1c2b01';
const vendorB = '0b9f6a52-3c1e-4d57-9d8e-6a1f7e1c2b02';
const prepaid = (originDistrict: string, destination: string, weightGrams: number) =>
  priceParcel(PATHAO_RATE_CARD, destination, 'prepaid', { vendorId: vendorA, originDistrict, weightGrams });

describe('delivery charge on the Pathao card', () => {
  // [zone route, grams, slab, base, extra kg, total] — every slab boundary of every zone.
  const cases: [string, string, number, string, number, number, number][] = [
    ['Dhaka', 'Dhaka', 1, 'up_to_500g', 7_000, 0, 7_000],
    ['Dhaka', 'Dhaka', 500, 'up_to_500g', 7_000, 0, 7_000],
    ['Dhaka', 'Dhaka', 501, 'up_to_1kg', 8_000, 0, 8_000],
    ['Dhaka', 'Dhaka', 1_000, 'up_to_1kg', 8_000, 0, 8_000],
    ['Dhaka', 'Dhaka', 1_001, 'up_to_2kg', 9_000, 0, 9_000],
    ['Dhaka', 'Dhaka', 2_000, 'up_to_2kg', 9_000, 0, 9_000],
    ['Dhaka', 'Dhaka', 2_001, 'over_2kg', 9_000, 1, 10_500],
    ['Dhaka', 'Dhaka', 3_000, 'over_2kg', 9_000, 1, 10_500],
    ['Dhaka', 'Dhaka', 3_001, 'over_2kg', 9_000, 2, 12_000],
    ['Dhaka', 'Gazipur', 500, 'up_to_500g', 8_000, 0, 8_000],
    ['Gazipur', 'Dhaka', 501, 'up_to_1kg', 10_000, 0, 10_000],
    ['Dhaka', 'Narayanganj', 1_000, 'up_to_1kg', 10_000, 0, 10_000],
    ['Narsingdi', 'Dhaka', 2_000, 'up_to_2kg', 12_000, 0, 12_000],
    ['Dhaka', 'Manikganj', 2_001, 'over_2kg', 12_000, 1, 14_500],
    ['Munshiganj', 'Dhaka', 50_000, 'over_2kg', 12_000, 48, 132_000],
    ['Dhaka', 'Sylhet', 500, 'up_to_500g', 12_000, 0, 12_000],
    ['Rajshahi', 'Dhaka', 1_000, 'up_to_1kg', 14_000, 0, 14_000],
    ['Gazipur', 'Narayanganj', 2_000, 'up_to_2kg', 16_000, 0, 16_000],
    ['Chattogram', 'Khulna', 2_500, 'over_2kg', 16_000, 1, 18_500],
  ];
  it.each(cases)(
    '%s → %s, %i g: %s, base %i, %i extra kg, total %i',
    (from, to, grams, slab, base, extraKg, total) => {
      const charge = prepaid(from, to, grams);
      expect(charge).toMatchObject({ slab, basePoisha: base, extraKg, totalPoisha: total, codFeePoisha: 0 });
      expect(charge.extraKgPoisha).toBe(total - base);
    },
  );

  it('names the zone: same district, Dhaka and a suburb, everything else', () => {
    expect(prepaid('Chattogram', 'Chattogram', 500).zone).toBe('same_city');
    expect(prepaid('Gazipur', 'Dhaka', 500).zone).toBe('suburb');
    expect(prepaid('Gazipur', 'Narsingdi', 500).zone).toBe('outside_dhaka');
    expect(prepaid('Dhaka', 'Tangail', 500).zone).toBe('outside_dhaka');
  });

  it('adds 1% of the COD amount, rounded up to the poisha', () => {
    const charge = priceParcel(PATHAO_RATE_CARD, 'Dhaka', 'cod', {
      vendorId: vendorA,
      originDistrict: 'Dhaka',
      weightGrams: 800,
      codAmountPoisha: 125_001,
    });
    expect(charge.codFeePoisha).toBe(1_251);
    expect(charge.totalPoisha).toBe(8_000 + 1_251);
  });

  it('a prepaid parcel pays no COD fee', () => {
    expect(prepaid('Dhaka', 'Dhaka', 800).codFeePoisha).toBe(0);
  });

  it('explains the charge in English and Bangla', () => {
    const charge = priceParcel(PATHAO_RATE_CARD, 'Sylhet', 'cod', {
      vendorId: vendorA,
      originDistrict: 'Dhaka',
      weightGrams: 3_500,
      codAmountPoisha: 250_000,
    });
    expect(charge.breakdown.en).toBe(
      'Dhaka → Sylhet (outside Dhaka), 3.5 kg: first 2 kg ৳160 + extra 2 kg × ৳25 = ৳50 + cash on delivery fee 1% = ৳25; total ৳235',
    );
    expect(charge.breakdown.bn).toBe(
      'Dhaka → Sylhet (ঢাকার বাইরে), ৩.৫ কেজি: প্রথম ২ কেজি ৳১৬০ + অতিরিক্ত ২ কেজি × ৳২৫ = ৳৫০ + ক্যাশ অন ডেলিভারি চার্জ ১% = ৳২৫; মোট ৳২৩৫',
    );
  });

  it('charges every package as given, even two from the same vendor, and sums them', () => {
    const quote = quoteDelivery(PATHAO_RATE_CARD, 'Dhaka', 'prepaid', [
      { vendorId: vendorA, originDistrict: 'Dhaka', weightGrams: 400 },
      { vendorId: vendorA, originDistrict: 'Dhaka', weightGrams: 400 },
      { vendorId: vendorB, originDistrict: 'Gazipur', weightGrams: 900 },
    ]);
    expect(quote.packages.map((charge) => [charge.vendorId, charge.totalPoisha])).toEqual([
      [vendorA, 7_000],
      [vendorA, 7_000],
      [vendorB, 10_000],
    ]);
    expect(quote.totalPoisha).toBe(24_000);
    expect(quote.rateCardVersion).toBe(1);
  });
});
