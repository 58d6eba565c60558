import { ValidationException } from '@getit/errors';
import { CartLine, OrderDraft, assertTotalsAddUp, splitOrder } from './order-split';

const line = (over: Partial<CartLine>): CartLine => ({
  vendorId: 'v-b',
  productId: 'p-1',
  variantId: 'var-1',
  sku: 'SKU-1',
  title: 'Jamdani saree',
  unitPricePoisha: 250_000,
  quantity: 1,
  weightGrams: 400,
  ...over,
});

const charges = new Map([
  ['v-a', 60_00],
  ['v-b', 120_00],
]);

function validationErrors(fn: () => unknown): Array<{ field: string; reason: string }> {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationException);
    return [...(error as ValidationException).fieldErrors];
  }
  throw new Error('expected a ValidationException');
}

describe('splitOrder', () => {
  it('builds one package per vendor, ordered by vendor id, with integer totals', () => {
    const draft = splitOrder(
      [
        line({ vendorId: 'v-b', variantId: 'b1', unitPricePoisha: 199_99, quantity: 3, weightGrams: 200 }),
        line({ vendorId: 'v-a', variantId: 'a1', unitPricePoisha: 50_00, quantity: 2, weightGrams: 150 }),
        line({ vendorId: 'v-b', variantId: 'b2', unitPricePoisha: 10_01, quantity: 1, weightGrams: 50 }),
      ],
      charges,
    );
    expect(draft.currency).toBe('BDT');
    expect(draft.packages.map((p) => p.vendorId)).toEqual(['v-a', 'v-b']);
    expect(draft.packages[0]).toMatchObject({
      itemsSubtotalPoisha: 100_00,
      deliveryChargePoisha: 60_00,
      totalPoisha: 160_00,
      weightGrams: 300,
    });
    expect(draft.packages[1]!.lines.map((l) => [l.variantId, l.lineTotalPoisha])).toEqual([
      ['b1', 599_97],
      ['b2', 10_01],
    ]);
    expect(draft.packages[1]).toMatchObject({
      itemsSubtotalPoisha: 609_98,
      deliveryChargePoisha: 120_00,
      totalPoisha: 729_98,
      weightGrams: 650,
    });
    expect(draft).toMatchObject({
      itemsTotalPoisha: 709_98,
      deliveryTotalPoisha: 180_00,
      grandTotalPoisha: 889_98,
    });
  });

  it('orders packages the same way whatever the cart order', () => {
    const lines = [
      line({ vendorId: 'v-b', variantId: 'b1' }),
      line({ vendorId: 'v-a', variantId: 'a1' }),
      line({ vendorId: 'V-c', variantId: 'c1' }),
    ];
    const withC = new Map([...charges, ['V-c', 0]]);
    const forward = splitOrder(lines, withC);
    const backward = splitOrder([...lines].reverse(), withC);
    expect(forward.packages.map((p) => p.vendorId)).toEqual(['V-c', 'v-a', 'v-b']);
    expect(backward).toEqual(forward);
  });

  it('accepts free items and free delivery, and ignores charges for vendors not in the cart', () => {
    const draft = splitOrder(
      [line({ vendorId: 'v-a', unitPricePoisha: 0 })],
      new Map([
        ['v-a', 0],
        ['v-z', 99],
      ]),
    );
    expect(draft).toMatchObject({ grandTotalPoisha: 0, packages: [{ vendorId: 'v-a', totalPoisha: 0 }] });
  });

  it('accepts quantities 1 and 100 and refuses 0, 101, fractions and negatives', () => {
    expect(() => splitOrder([line({ quantity: 1 })], charges)).not.toThrow();
    expect(() => splitOrder([line({ quantity: 100 })], charges)).not.toThrow();
    for (const quantity of [0, 101, 1.5, -1, Number.NaN])
      expect(validationErrors(() => splitOrder([line({ quantity })], charges))).toEqual([
        { field: 'lines.0.quantity', reason: 'must be a whole number from 1 to 100' },
      ]);
  });

  it('refuses negative or fractional prices and weights', () => {
    expect(
      validationErrors(() =>
        splitOrder(
          [line({ unitPricePoisha: -1 }), line({ variantId: 'x', unitPricePoisha: 10.5, weightGrams: -2 })],
          charges,
        ),
      ).map((e) => e.field),
    ).toEqual(['lines.0.unitPricePoisha', 'lines.1.unitPricePoisha', 'lines.1.weightGrams']);
  });

  it('reports every problem at once: empty ids, duplicate variants, missing or bad delivery charges', () => {
    const errors = validationErrors(() =>
      splitOrder(
        [
          line({ vendorId: 'v-a', sku: ' ' }),
          line({ vendorId: 'v-a' }),
          line({ vendorId: 'v-q', variantId: 'q' }),
          line({ vendorId: 'v-bad', variantId: 'bad' }),
        ],
        new Map([
          ['v-a', 0],
          ['v-bad', -5],
        ]),
      ),
    );
    expect(errors).toEqual([
      { field: 'lines.0.sku', reason: 'is required' },
      { field: 'lines.1.variantId', reason: 'appears twice in the cart' },
      { field: 'deliveryCharges.v-bad', reason: 'must be a whole, non-negative number of poisha' },
      { field: 'deliveryCharges.v-q', reason: 'is missing' },
    ]);
  });

  it('refuses an empty cart', () => {
    expect(validationErrors(() => splitOrder([], charges))).toEqual([
      { field: 'lines', reason: 'the cart is empty' },
    ]);
  });

  it('refuses totals beyond the safe integer range instead of losing poisha', () => {
    expect(() =>
      splitOrder([line({ unitPricePoisha: Number.MAX_SAFE_INTEGER, quantity: 2 })], charges),
    ).toThrow(RangeError);
  });
});

describe('assertTotalsAddUp', () => {
  const good = (): OrderDraft =>
    splitOrder([line({ vendorId: 'v-a', quantity: 2 }), line({ variantId: 'b' })], charges);

  it('passes a draft built by splitOrder', () => {
    expect(() => assertTotalsAddUp(good())).not.toThrow();
  });

  it.each<[string, (d: OrderDraft) => void, string]>([
    ['a subtotal', (d) => (d.packages[0]!.itemsSubtotalPoisha += 1), 'subtotal is not the sum of its lines'],
    ['a package total', (d) => (d.packages[1]!.totalPoisha += 1), 'total is not subtotal plus delivery'],
    ['the grand total', (d) => (d.grandTotalPoisha -= 1), 'grand total is not the sum of the package totals'],
    ['the items total', (d) => (d.itemsTotalPoisha += 1), 'grand total is not items plus delivery'],
  ])('catches a tampered %s', (_name, tamper, message) => {
    const draft = good();
    tamper(draft);
    expect(() => assertTotalsAddUp(draft)).toThrow(message);
  });
});
