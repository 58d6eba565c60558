import type { CourierName } from './courier-name';

/**
 * What a courier charges to carry a package, from its published tariff (bangladesh-reference.md §4): by weight slab
 * (½ kg, 1 kg, 2 kg, then per extra kg) inside Dhaka or elsewhere; Steadfast never less than ৳80. The vendor sees it
 * before booking and the marketplace's choice weighs it; the fee the courier answers at booking is what is kept.
 */
export function estimateCourierFee(courier: CourierName, district: string, weightGrams: number): number {
  const sameCity = district.trim().toLowerCase() === 'dhaka';
  const kg = Math.max(0.5, weightGrams / 1000);
  const base = (sameCity ? [7000, 8000, 9000] : [12000, 14000, 16000])[kg <= 0.5 ? 0 : kg <= 1 ? 1 : 2]!;
  const extra = kg > 2 ? Math.ceil(kg - 2) * (sameCity ? 1500 : 2500) : 0;
  return courier === 'steadfast' ? Math.max(8000, base + extra) : base + extra;
}
