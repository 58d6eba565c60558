import { ValidationException } from '@getit/errors';
import { postCodAssigned, reconcileRemittanceLine } from './cod-reconciliation.rules';

const line = (remittedPoisha: number, deliveryFeePoisha = 6_000, codChargePoisha = 1_000) => ({
  consignmentId: 'DL1',
  remittedPoisha,
  deliveryFeePoisha,
  codChargePoisha,
});
const open = { collectedPoisha: 106_000, settledBy: null };

describe('COD reconciliation rules', () => {
  it('moves what the courier collected from unassigned onto the courier', () => {
    const posting = postCodAssigned({
      orderId: 'o',
      packageId: 'p',
      courier: 'pathao',
      collectedPoisha: 80_000,
      occurredAt: new Date(),
    });
    expect(posting.id).toBe('cod_assigned:p');
    expect(posting.entries.map((e) => `${e.account} ${e.side} ${e.amountPoisha}`)).toEqual([
      'cod_receivable:pathao debit 80000',
      'cod_receivable:unassigned credit 80000',
    ]);
    expect(() =>
      postCodAssigned({
        orderId: 'o',
        packageId: 'p',
        courier: 'unassigned',
        collectedPoisha: 1,
        occurredAt: new Date(),
      }),
    ).toThrow(ValidationException);
  });

  it.each([
    ['matched', open, line(99_000), { differencePoisha: 0, postGrossPoisha: 106_000, postFeePoisha: 7_000 }],
    ['short', open, line(98_500), { differencePoisha: 500, postGrossPoisha: 105_500, postFeePoisha: 7_000 }],
    ['missing', open, line(0, 0, 0), { differencePoisha: 106_000, postGrossPoisha: 0 }],
    ['over', open, line(99_100), { differencePoisha: -100, postGrossPoisha: 0 }],
    ['unknown', null, line(10_000, 0, 0), { differencePoisha: -10_000, postGrossPoisha: 0 }],
    ['duplicate', { ...open, settledBy: 'INV-1' }, line(99_000), { differencePoisha: 0, postGrossPoisha: 0 }],
  ] as const)('%s', (verdict, expected, remitted, outcome) => {
    expect(reconcileRemittanceLine(expected, remitted)).toMatchObject({ verdict, ...outcome });
  });
});
