import { ConflictException, ValidationException } from '@getit/errors';
import { FrozenCommission } from '../commission/commission-rule';
import { PaymentMethod } from '../intent/payment-intent';
import { postCodCollected, postCodRemitted } from './cod-posting.rules';
import { IllegalSettlementStepException } from './illegal-settlement-step.exception';
import { credit, debit } from './ledger-posting';
import { openPackageSettlement } from './package-settlement';

const terms: FrozenCommission = {
  ruleId: 'default',
  rateBps: 1_000,
  minimumPoisha: 20_00,
  vatRateBps: 1_500,
};
const at = new Date('2025-11-21T08:00:00Z');
const settlement = (paymentMethod: PaymentMethod = 'cod') =>
  openPackageSettlement({
    orderId: 'ord-1',
    packageId: 'pkg-1',
    vendorId: 'v-1',
    paymentMethod,
    lines: [{ lineId: 'l-1', totalPoisha: 1_250_00, commission: terms }],
    deliveryChargePoisha: 60_00,
  });

describe('postCodCollected', () => {
  it('puts the cash the courier collected into escrow, owed by that courier', () => {
    const { posting, settlement: after } = postCodCollected(settlement(), {
      courier: 'pathao',
      collectedPoisha: 1_310_00,
      occurredAt: at,
    });
    expect(posting).toMatchObject({
      id: 'cod_collected:pkg-1',
      kind: 'cod_collected',
      reference: { orderId: 'ord-1', packageId: 'pkg-1' },
      entries: [debit('cod_receivable:pathao', 1_310_00), credit('escrow', 1_310_00)],
    });
    expect(after).toMatchObject({ stage: 'in_escrow', fundedPoisha: 1_310_00 });
  });

  it('refuses a short collection, a prepaid package and a second collection', () => {
    const collection = { courier: 'pathao', collectedPoisha: 1_310_00, occurredAt: at };
    expect(() => postCodCollected(settlement(), { ...collection, collectedPoisha: 1_300_00 })).toThrow(
      /collected 130000 poisha of 131000/,
    );
    expect(() => postCodCollected(settlement('nagad'), collection)).toThrow(IllegalSettlementStepException);
    const collected = postCodCollected(settlement(), collection).settlement;
    expect(() => postCodCollected(collected, collection)).toThrow(IllegalSettlementStepException);
  });
});

describe('postCodRemitted', () => {
  const remittance = {
    remittanceId: 'pathao-2025-11-23',
    courier: 'pathao',
    grossPoisha: 1_310_00,
    courierFeePoisha: 73_10, // ৳60 delivery + 1% COD fee on ৳1,310
    occurredAt: at,
  };

  it('banks the cash net of the courier fee, settled against the delivery charges', () => {
    expect(postCodRemitted(remittance, 1_310_00).entries).toEqual([
      debit('bank', 1_236_90),
      debit('delivery_charges', 73_10),
      credit('cod_receivable:pathao', 1_310_00),
    ]);
  });

  it('refuses more than the courier holds, or a fee above the cash', () => {
    expect(() => postCodRemitted(remittance, 1_309_99)).toThrow(ConflictException);
    expect(() => postCodRemitted({ ...remittance, courierFeePoisha: 1_310_01 }, 1_310_00)).toThrow(
      ValidationException,
    );
  });
});
