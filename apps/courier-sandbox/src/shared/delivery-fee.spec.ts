import { DeliveryFee } from './delivery-fee';

describe('DeliveryFee', () => {
  it('prices by zone and weight slab as the published card does', () => {
    expect(DeliveryFee.taka(true, 0.5)).toBe(70);
    expect(DeliveryFee.taka(true, 1)).toBe(80);
    expect(DeliveryFee.taka(true, 2)).toBe(90);
    expect(DeliveryFee.taka(true, 3.2)).toBe(120);
    expect(DeliveryFee.taka(false, 0.4)).toBe(120);
    expect(DeliveryFee.taka(false, 2.5)).toBe(185);
  });

  it('charges 1% of the cash collected, rounded up to a whole taka', () => {
    expect(DeliveryFee.codChargeTaka(0)).toBe(0);
    expect(DeliveryFee.codChargeTaka(1250)).toBe(13);
    expect(DeliveryFee.codChargeTaka(100)).toBe(1);
  });
});
