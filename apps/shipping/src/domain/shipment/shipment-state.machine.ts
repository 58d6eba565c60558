import type { ShipmentStatus } from './shipment-status';

/** What a courier report means for a shipment, once mapped from the courier's own words. */
export interface ShipmentReport {
  to: ShipmentStatus;
  collectedPoisha?: number;
}

export interface ShipmentState {
  status: ShipmentStatus;
  attempt: number;
}

export type ShipmentDecision =
  | { changed: true; to: ShipmentStatus; attempt: number }
  | { changed: false; why: 'duplicate' | 'backwards' | 'final' };

/** How far along each status is; a report may only move a shipment to a later stage. */
const STAGE: Record<ShipmentStatus, number> = {
  booked: 0,
  picked: 1,
  in_transit: 2,
  out_for_delivery: 3,
  delivery_failed: 3,
  returning: 4,
  delivered: 5,
  partially_delivered: 5,
  returned: 5,
};

const FINAL: ReadonlySet<ShipmentStatus> = new Set(['delivered', 'partially_delivered', 'returned']);

/**
 * The shipment machine: never backwards, duplicates change nothing, final statuses are final. Out for delivery and
 * a failed attempt alternate (each failure counts an attempt); returning leads only to returned.
 */
export function decideShipment(state: ShipmentState, report: ShipmentReport): ShipmentDecision {
  const { status } = state;
  if (FINAL.has(status)) return { changed: false, why: status === report.to ? 'duplicate' : 'final' };
  if (status === report.to) return { changed: false, why: 'duplicate' };
  if (status === 'returning' && report.to !== 'returned') return { changed: false, why: 'backwards' };
  const reattempt = status === 'delivery_failed' && report.to === 'out_for_delivery';
  if (!reattempt && STAGE[report.to] < STAGE[status]) return { changed: false, why: 'backwards' };
  const attempt = report.to === 'delivery_failed' ? state.attempt + 1 : state.attempt;
  return { changed: true, to: report.to, attempt };
}
