import type { CourierName } from './courier-name';

/** One courier the marketplace could book a package with: its quoted fee and its record in that district. */
export interface CourierCandidate {
  courier: CourierName;
  feePoisha: number;
  /** Delivered out of finished shipments in the destination district; undefined with too few to judge. */
  successRate?: number;
}

/** Below this many finished shipments in a district, a courier's record there is not used. */
export const MIN_SHIPMENTS_FOR_RATE = 20;

/**
 * The marketplace's choice when the vendor has none: the vendor's preference if offered, else the courier whose
 * fee per successful delivery is lowest (fee ÷ success rate; an unproven courier counts as 90% successful).
 */
export function chooseCourier(
  candidates: CourierCandidate[],
  preferred?: CourierName,
): CourierName | undefined {
  if (preferred && candidates.some((candidate) => candidate.courier === preferred)) return preferred;
  let best: { courier: CourierName; cost: number } | undefined;
  for (const candidate of candidates) {
    const rate = Math.max(0.05, candidate.successRate ?? 0.9);
    const cost = candidate.feePoisha / rate;
    if (!best || cost < best.cost) best = { courier: candidate.courier, cost };
  }
  return best?.courier;
}
