import { ValidationException } from '@getit/errors';
import { FrozenCommission } from '../commission/commission-rule';
import {
  PackageSale,
  heldInEscrowPoisha,
  openPackageSettlement,
  packageTotalPoisha,
  settlementRefundedPoisha,
} from './package-settlement';

const terms: FrozenCommission = {
  ruleId: 'default',
  rateBps: 1_000,
  minimumPoisha: 20_00,
  vatRateBps: 1_500,
};
const sale: PackageSale = {
  orderId: 'ord-1',
  packageId: 'pkg-1',
  vendorId: 'v-1',
  paymentMethod: 'bkash',
  lines: [
    { lineId: 'l-1', totalPoisha: 1_100_00, commission: terms },
    { lineId: 'l-2', totalPoisha: 150_00, commission: terms },
  ],
  deliveryChargePoisha: 60_00,
};

describe('openPackageSettlement', () => {
  it('fixes goods, delivery, commission and VAT at sale and waits for the money', () => {
    const settlement = openPackageSettlement(sale);
    expect(settlement).toEqual({
      orderId: 'ord-1',
      packageId: 'pkg-1',
      vendorId: 'v-1',
      paymentMethod: 'bkash',
      goodsPoisha: 1_250_00,
      deliveryChargePoisha: 60_00,
      commissionPoisha: 130_00, // ৳110 (10% of ৳1,100) + ৳20 (the minimum on the ৳150 line)
      vatPoisha: 19_50, // ৳16.50 + ৳3.00
      stage: 'awaiting_funds',
      fundedPoisha: 0,
      refundedGoodsPoisha: 0,
      refundedDeliveryPoisha: 0,
      deliveredAt: null,
    });
    expect(packageTotalPoisha(settlement)).toBe(1_310_00);
    expect(heldInEscrowPoisha(settlement)).toBe(0);
    expect(settlementRefundedPoisha(settlement)).toBe(0);
  });

  it('holds funded minus refunded while in escrow, nothing once delivered', () => {
    const inEscrow = { ...openPackageSettlement(sale), stage: 'in_escrow' as const, fundedPoisha: 1_310_00 };
    expect(heldInEscrowPoisha({ ...inEscrow, refundedGoodsPoisha: 100_00 })).toBe(1_210_00);
    expect(heldInEscrowPoisha({ ...inEscrow, stage: 'delivered' })).toBe(0);
  });

  it('refuses a sale without lines, ids or whole amounts', () => {
    expect(() => openPackageSettlement({ ...sale, lines: [] })).toThrow(ValidationException);
    expect(() => openPackageSettlement({ ...sale, packageId: ' ' })).toThrow(ValidationException);
    expect(() => openPackageSettlement({ ...sale, deliveryChargePoisha: 0.5 })).toThrow(ValidationException);
    expect(() =>
      openPackageSettlement({ ...sale, lines: [{ lineId: 'l', totalPoisha: 0, commission: terms }] }),
    ).toThrow(ValidationException);
  });
});
