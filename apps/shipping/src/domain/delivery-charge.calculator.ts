import type { DeliveryZone, PaymentMethod, WeightSlab } from '@getit/contracts';
import { deliveryZone } from './delivery-zone.rule';
import { basisPointsOfRoundedUp, extraKilogramsRoundedUp } from './poisha-rounding';
import type { RateCard, ZoneRates } from './rate-card';
import { formatKg, formatTaka } from './taka-format';

export interface Parcel {
  vendorId: string;
  /** Today's spelling (the API canonicalises). */
  originDistrict: string;
  weightGrams: number;
  codAmountPoisha?: number;
}

export interface ParcelCharge {
  vendorId: string;
  originDistrict: string;
  destinationDistrict: string;
  zone: DeliveryZone;
  weightGrams: number;
  slab: WeightSlab;
  basePoisha: number;
  extraKg: number;
  extraKgPoisha: number;
  codFeePoisha: number;
  totalPoisha: number;
  breakdown: { en: string; bn: string };
}

export interface DeliveryQuote {
  rateCardVersion: number;
  packages: ParcelCharge[];
  totalPoisha: number;
}

const TWO_KG = 2_000;

const ZONE_NAMES: Record<DeliveryZone, { en: string; bn: string }> = {
  same_city: { en: 'same city', bn: 'একই শহর' },
  suburb: { en: 'Dhaka suburb', bn: 'ঢাকার উপশহর' },
  outside_dhaka: { en: 'outside Dhaka', bn: 'ঢাকার বাইরে' },
};

const SLAB_NAMES: Record<WeightSlab, { en: string; bn: string }> = {
  up_to_500g: { en: 'up to 0.5 kg', bn: '০.৫ কেজি পর্যন্ত' },
  up_to_1kg: { en: 'up to 1 kg', bn: '১ কেজি পর্যন্ত' },
  up_to_2kg: { en: 'up to 2 kg', bn: '২ কেজি পর্যন্ত' },
  over_2kg: { en: 'first 2 kg', bn: 'প্রথম ২ কেজি' },
};

/** The slab a parcel falls in and that slab's price on the zone's rates; over 2 kg starts from the 2 kg price. */
export function weightSlab(weightGrams: number, rates: ZoneRates): { slab: WeightSlab; basePoisha: number } {
  if (weightGrams <= 500) return { slab: 'up_to_500g', basePoisha: rates.upTo500gPoisha };
  if (weightGrams <= 1_000) return { slab: 'up_to_1kg', basePoisha: rates.upTo1kgPoisha };
  if (weightGrams <= TWO_KG) return { slab: 'up_to_2kg', basePoisha: rates.upTo2kgPoisha };
  return { slab: 'over_2kg', basePoisha: rates.upTo2kgPoisha };
}

/**
 * Prices each parcel on its own, in the order given: one parcel is one delivery charge. A vendor that sends
 * two parcels gets two charges; merging a vendor's items into one parcel is the caller's decision.
 */
export function quoteDelivery(
  card: RateCard,
  destinationDistrict: string,
  paymentMethod: PaymentMethod,
  parcels: readonly Parcel[],
): DeliveryQuote {
  const packages = parcels.map((parcel) => priceParcel(card, destinationDistrict, paymentMethod, parcel));
  return {
    rateCardVersion: card.version,
    packages,
    totalPoisha: packages.reduce((sum, charge) => sum + charge.totalPoisha, 0),
  };
}

export function priceParcel(
  card: RateCard,
  destinationDistrict: string,
  paymentMethod: PaymentMethod,
  parcel: Parcel,
): ParcelCharge {
  const zone = deliveryZone(parcel.originDistrict, destinationDistrict);
  const rates = card.zones[zone];
  const { slab, basePoisha } = weightSlab(parcel.weightGrams, rates);
  const extraKg = extraKilogramsRoundedUp(parcel.weightGrams, TWO_KG);
  const extraKgPoisha = extraKg * rates.perExtraKgPoisha;
  const codFeePoisha =
    paymentMethod === 'cod' ? basisPointsOfRoundedUp(parcel.codAmountPoisha ?? 0, card.codFeeBasisPoints) : 0;
  const totalPoisha = basePoisha + extraKgPoisha + codFeePoisha;
  const charge = {
    vendorId: parcel.vendorId,
    originDistrict: parcel.originDistrict,
    destinationDistrict,
    zone,
    weightGrams: parcel.weightGrams,
    slab,
    basePoisha,
    extraKg,
    extraKgPoisha,
    codFeePoisha,
    totalPoisha,
  };
  return { ...charge, breakdown: { en: describe(charge, card, 'en'), bn: describe(charge, card, 'bn') } };
}

function describe(charge: Omit<ParcelCharge, 'breakdown'>, card: RateCard, locale: 'en' | 'bn'): string {
  const taka = (poisha: number) => formatTaka(poisha, locale);
  const percent = formatPercent(card.codFeeBasisPoints, locale);
  const parts = [`${SLAB_NAMES[charge.slab][locale]} ${taka(charge.basePoisha)}`];
  if (charge.extraKg > 0) {
    const perKg = taka(card.zones[charge.zone].perExtraKgPoisha);
    const kg = locale === 'bn' ? formatKg(charge.extraKg * 1000, 'bn') : `${charge.extraKg} kg`;
    parts.push(
      locale === 'bn'
        ? `অতিরিক্ত ${kg} × ${perKg} = ${taka(charge.extraKgPoisha)}`
        : `extra ${kg} × ${perKg} = ${taka(charge.extraKgPoisha)}`,
    );
  }
  if (charge.codFeePoisha > 0)
    parts.push(
      locale === 'bn'
        ? `ক্যাশ অন ডেলিভারি চার্জ ${percent} = ${taka(charge.codFeePoisha)}`
        : `cash on delivery fee ${percent} = ${taka(charge.codFeePoisha)}`,
    );
  const route =
    locale === 'bn'
      ? `${charge.originDistrict} → ${charge.destinationDistrict} (${ZONE_NAMES[charge.zone].bn}), ${formatKg(charge.weightGrams, 'bn')}`
      : `${charge.originDistrict} → ${charge.destinationDistrict} (${ZONE_NAMES[charge.zone].en}), ${formatKg(charge.weightGrams, 'en')}`;
  const total = locale === 'bn' ? `মোট ${taka(charge.totalPoisha)}` : `total ${taka(charge.totalPoisha)}`;
  return `${route}: ${parts.join(' + ')}; ${total}`;
}

function formatPercent(basisPoints: number, locale: 'en' | 'bn'): string {
  const text = `${basisPoints / 100}%`;
  return locale === 'bn' ? text.replace(/\d/g, (digit) => '০১২৩৪৫৬৭৮৯'[Number(digit)]!) : text;
}
