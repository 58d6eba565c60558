import { ConflictException, ValidationException } from '@getit/errors';
import { decideReturnReceipt, SoldLine } from './return-receipt.rule';

const SAREE: SoldLine = {
  lineId: '11111111-1111-4111-8111-111111111111',
  variantId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  sku: 'SAREE-1',
  title: 'Tangail saree',
  quantity: 2,
  unitPricePoisha: 150_000,
};
const GAMCHA: SoldLine = {
  lineId: '22222222-2222-4222-8222-222222222222',
  variantId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  sku: 'GAMCHA-1',
  title: 'Gamcha',
  quantity: 3,
  unitPricePoisha: 25_050,
};

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationException) return error.fieldErrors.map((e) => e.field);
    throw error;
  }
  throw new Error('expected a ValidationException');
}

describe('decideReturnReceipt', () => {
  it('takes every line back when a whole return names no items', () => {
    expect(decideReturnReceipt('returned', [SAREE, GAMCHA], undefined)).toEqual({
      shipmentStatus: 'returned',
      items: [SAREE, GAMCHA],
      returnedGoodsPoisha: 2 * 150_000 + 3 * 25_050,
    });
  });

  it('takes back exactly the named quantities of a partial delivery, valued at the sale price', () => {
    const decision = decideReturnReceipt(
      'partially_delivered',
      [SAREE, GAMCHA],
      [{ lineId: GAMCHA.lineId, quantity: 2 }],
    );
    expect(decision.items).toEqual([{ ...GAMCHA, quantity: 2 }]);
    expect(decision.returnedGoodsPoisha).toBe(50_100);
  });

  it('refuses a partial delivery without items, naming the field', () => {
    expect(fieldsOf(() => decideReturnReceipt('partially_delivered', [SAREE], undefined))).toEqual(['items']);
  });

  it('refuses more than was sold, unknown lines and a line named twice, each by its field', () => {
    expect(
      fieldsOf(() =>
        decideReturnReceipt(
          'partially_delivered',
          [SAREE, GAMCHA],
          [
            { lineId: SAREE.lineId, quantity: 3 },
            { lineId: '33333333-3333-4333-8333-333333333333', quantity: 1 },
            { lineId: GAMCHA.lineId, quantity: 1 },
            { lineId: GAMCHA.lineId, quantity: 1 },
          ],
        ),
      ),
    ).toEqual(['items.0.quantity', 'items.1.lineId', 'items.3.lineId']);
  });

  it.each(['booked', 'out_for_delivery', 'returning', 'delivered', 'booking'] as const)(
    'refuses a receipt while the shipment is %s',
    (status) => {
      expect(() => decideReturnReceipt(status, [SAREE], undefined)).toThrow(ConflictException);
    },
  );

  it('refuses when shipping never learnt the lines of the package', () => {
    expect(() => decideReturnReceipt('returned', [], undefined)).toThrow(/not known/);
  });
});
