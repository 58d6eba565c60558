/**
 * The published rate cards (bangladesh-reference §5), in whole taka: inside Dhaka 70/80/90 for ≤0.5/≤1/≤2 kg plus
 * 15 per extra kg; elsewhere 120/140/160 plus 25. The COD charge is 1% of the amount collected, rounded up.
 */
export class DeliveryFee {
  static taka(insideDhaka: boolean, weightKg: number): number {
    const [slab05, slab1, slab2, extra] = insideDhaka ? [70, 80, 90, 15] : [120, 140, 160, 25];
    if (weightKg <= 0.5) return slab05;
    if (weightKg <= 1) return slab1;
    if (weightKg <= 2) return slab2;
    return slab2 + Math.ceil(weightKg - 2) * extra;
  }

  static codChargeTaka(collectedTaka: number): number {
    return Math.ceil(collectedTaka / 100);
  }
}
