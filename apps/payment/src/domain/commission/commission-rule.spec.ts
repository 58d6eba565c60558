import { ValidationException } from '@getit/errors';
import {
  DEFAULT_VAT_ON_COMMISSION_BPS,
  commissionRuleFor,
  commissionRuleScope,
  createCommissionRule,
  createCommissionSchedule,
  freezeCommission,
} from './commission-rule';

const marketplace = createCommissionRule({ id: 'default', rateBps: 1_000, minimumPoisha: 20_00 });
const fashion = createCommissionRule({ id: 'fashion', categorySlug: 'fashion', rateBps: 1_200 });
const vendorA = createCommissionRule({ id: 'vendor-a', vendorId: 'v-a', rateBps: 800, minimumPoisha: 10_00 });
const vendorAFashion = createCommissionRule({
  id: 'vendor-a-fashion',
  vendorId: 'v-a',
  categorySlug: 'fashion',
  rateBps: 500,
});
const schedule = createCommissionSchedule([marketplace, fashion, vendorA, vendorAFashion]);

describe('createCommissionRule', () => {
  it('names its scope from what it applies to', () => {
    expect([marketplace, fashion, vendorA, vendorAFashion].map(commissionRuleScope)).toEqual([
      'marketplace',
      'category',
      'vendor',
      'vendor_category',
    ]);
  });

  it('treats blank vendor or category as not set and defaults the minimum to zero', () => {
    expect(createCommissionRule({ id: ' r1 ', vendorId: ' ', categorySlug: '', rateBps: 0 })).toEqual({
      id: 'r1',
      vendorId: null,
      categorySlug: null,
      rateBps: 0,
      minimumPoisha: 0,
    });
  });

  it('reports every invalid field at once', () => {
    try {
      createCommissionRule({ id: '', rateBps: 10_001, minimumPoisha: -1 });
      throw new Error('expected a ValidationException');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationException);
      expect((error as ValidationException).fieldErrors.map((e) => e.field)).toEqual([
        'id',
        'rateBps',
        'minimumPoisha',
      ]);
    }
  });

  it.each([12.5, -1, Number.NaN])('refuses a rate of %p basis points', (rateBps) => {
    expect(() => createCommissionRule({ id: 'x', rateBps })).toThrow(ValidationException);
  });
});

describe('createCommissionSchedule', () => {
  it('uses 15% VAT on commission unless told otherwise', () => {
    expect(DEFAULT_VAT_ON_COMMISSION_BPS).toBe(1_500);
    expect(schedule.vatRateBps).toBe(1_500);
    expect(createCommissionSchedule([marketplace], 500).vatRateBps).toBe(500);
  });

  it('needs a marketplace default', () => {
    expect(() => createCommissionSchedule([fashion])).toThrow(ValidationException);
  });

  it('refuses two rules for the same scope, duplicate ids and a VAT rate over 100%', () => {
    const twin = createCommissionRule({ id: 'fashion-2', categorySlug: 'fashion', rateBps: 1 });
    const sameId = createCommissionRule({ id: 'fashion', categorySlug: 'books', rateBps: 1 });
    try {
      createCommissionSchedule([marketplace, fashion, twin, sameId], 10_001);
      throw new Error('expected a ValidationException');
    } catch (error) {
      expect((error as ValidationException).fieldErrors).toEqual([
        { field: 'vatRateBps', reason: expect.any(String) },
        { field: 'rules.2', reason: 'applies to the same category as fashion' },
        { field: 'rules.3.id', reason: 'duplicates rule fashion' },
      ]);
    }
  });
});

describe('commissionRuleFor: vendor+category > vendor > category > marketplace', () => {
  it.each([
    ['v-a', 'fashion', 'vendor-a-fashion'],
    ['v-a', 'books', 'vendor-a'],
    ['v-a', null, 'vendor-a'],
    ['v-b', 'fashion', 'fashion'],
    ['v-b', 'books', 'default'],
    ['v-b', null, 'default'],
  ])('vendor %s in category %s → %s', (vendorId, categorySlug, ruleId) => {
    expect(commissionRuleFor(schedule, { vendorId, categorySlug }).id).toBe(ruleId);
  });

  it('does not confuse a vendor id with a category slug', () => {
    const odd = createCommissionSchedule([
      marketplace,
      createCommissionRule({ id: 'cat-v-a', categorySlug: 'v-a', rateBps: 1 }),
    ]);
    expect(commissionRuleFor(odd, { vendorId: 'v-a' }).id).toBe('default');
  });
});

describe('freezeCommission', () => {
  it('copies the chosen terms and the VAT rate, so later rule changes do not reach sold lines', () => {
    const rules = [marketplace, vendorA];
    const frozen = freezeCommission(createCommissionSchedule(rules), {
      vendorId: 'v-a',
      categorySlug: 'toys',
    });
    expect(frozen).toEqual({ ruleId: 'vendor-a', rateBps: 800, minimumPoisha: 10_00, vatRateBps: 1_500 });
    rules[1] = { ...vendorA, rateBps: 3_000 };
    expect(frozen.rateBps).toBe(800);
  });
});
