import { ValidationException } from '@getit/errors';
import {
  commissionForLine,
  commissionForLines,
  retainedShares,
  sharesOfRefund,
} from './commission-calculator';
import { FrozenCommission } from './commission-rule';

const tenPercentMin20: FrozenCommission = {
  ruleId: 'default',
  rateBps: 1_000,
  minimumPoisha: 20_00,
  vatRateBps: 1_500,
};

describe('commissionForLine', () => {
  it('takes 10% of ৳1,250.00 = ৳125.00 and 15% VAT on it = ৳18.75', () => {
    expect(commissionForLine(1_250_00, tenPercentMin20)).toEqual({
      commissionPoisha: 125_00,
      vatPoisha: 18_75,
    });
  });

  it('applies the ৳20 minimum to a ৳150 line (10% would be ৳15)', () => {
    expect(commissionForLine(150_00, tenPercentMin20)).toEqual({ commissionPoisha: 20_00, vatPoisha: 3_00 });
  });

  it('rounds half up: 10% of ৳333.35 is ৳33.335 → ৳33.34; VAT ৳5.001 → ৳5.00', () => {
    const noMinimum = { ...tenPercentMin20, minimumPoisha: 0 };
    expect(commissionForLine(333_35, noMinimum)).toEqual({ commissionPoisha: 33_34, vatPoisha: 5_00 });
  });

  it('lowers the minimum so commission + VAT never exceed a small line', () => {
    // ৳15 line, ৳20 minimum: the largest c with c + 15% of c ≤ 1500 is 1304 (1304 + 196 = 1500).
    expect(commissionForLine(15_00, tenPercentMin20)).toEqual({ commissionPoisha: 13_04, vatPoisha: 1_96 });
    for (let total = 0; total <= 300; total += 1) {
      const { commissionPoisha, vatPoisha } = commissionForLine(total, tenPercentMin20);
      expect(commissionPoisha + vatPoisha).toBeLessThanOrEqual(total);
    }
  });

  it('takes nothing at a 0% rule with no minimum', () => {
    expect(commissionForLine(999_99, { ...tenPercentMin20, rateBps: 0, minimumPoisha: 0 })).toEqual({
      commissionPoisha: 0,
      vatPoisha: 0,
    });
  });

  it('refuses fractional amounts or rates from a corrupted line', () => {
    expect(() => commissionForLine(10.5, tenPercentMin20)).toThrow(ValidationException);
    expect(() => commissionForLine(100, { ...tenPercentMin20, vatRateBps: 20_000 })).toThrow(
      ValidationException,
    );
  });
});

describe('commissionForLines', () => {
  it('rounds each line on its own and sums them', () => {
    const totals = commissionForLines([
      { totalPoisha: 1_100_00, commission: tenPercentMin20 },
      { totalPoisha: 150_00, commission: tenPercentMin20 },
    ]);
    expect(totals).toEqual({ goodsPoisha: 1_250_00, commissionPoisha: 130_00, vatPoisha: 19_50 });
  });
});

describe('retainedShares / sharesOfRefund: pro-rata commission reversal', () => {
  const totals = { goodsPoisha: 1_250_00, commissionPoisha: 125_00, vatPoisha: 18_75 };

  it('keeps everything when nothing was refunded and nothing when everything was', () => {
    expect(retainedShares(totals, 0)).toEqual({
      goodsPoisha: 1_250_00,
      commissionPoisha: 125_00,
      vatPoisha: 18_75,
      vendorPoisha: 1_106_25,
    });
    expect(retainedShares(totals, 1_250_00)).toEqual({
      goodsPoisha: 0,
      commissionPoisha: 0,
      vatPoisha: 0,
      vendorPoisha: 0,
    });
  });

  it('takes back 40% of commission and VAT on a 40% refund (৳500 of ৳1,250)', () => {
    // platform 143.75 × 0.4 = 57.50; commission 125 × 57.50 / 143.75 = 50.00; VAT 7.50; vendor 442.50.
    expect(sharesOfRefund(totals, 0, 500_00)).toEqual({
      goodsPoisha: 500_00,
      commissionPoisha: 50_00,
      vatPoisha: 7_50,
      vendorPoisha: 442_50,
    });
  });

  it('adds up to the same whatever the refunds are split into', () => {
    const steps = [1, 333_33, 7, 200_00, 99_99, 616_60];
    let refunded = 0;
    const taken = { goodsPoisha: 0, commissionPoisha: 0, vatPoisha: 0, vendorPoisha: 0 };
    for (const step of steps) {
      const share = sharesOfRefund(totals, refunded, step);
      for (const key of Object.keys(taken) as (keyof typeof taken)[]) {
        expect(share[key]).toBeGreaterThanOrEqual(0);
        taken[key] += share[key];
      }
      expect(share.commissionPoisha + share.vatPoisha + share.vendorPoisha).toBe(step);
      refunded += step;
    }
    expect(refunded).toBe(1_250_00);
    expect(taken).toEqual({
      goodsPoisha: 1_250_00,
      commissionPoisha: 125_00,
      vatPoisha: 18_75,
      vendorPoisha: 1_106_25,
    });
  });

  it('never takes a negative share, one poisha at a time, even when the platform keeps almost all', () => {
    const greedy = { goodsPoisha: 23, commissionPoisha: 20, vatPoisha: 3 };
    for (let refunded = 0; refunded < 23; refunded += 1) {
      const share = sharesOfRefund(greedy, refunded, 1);
      expect(Math.min(share.commissionPoisha, share.vatPoisha, share.vendorPoisha)).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses a refund above the goods or totals whose platform share exceeds the goods', () => {
    expect(() => retainedShares(totals, 1_250_01)).toThrow(RangeError);
    expect(() => retainedShares({ goodsPoisha: 10, commissionPoisha: 9, vatPoisha: 2 }, 0)).toThrow(
      RangeError,
    );
  });
});
