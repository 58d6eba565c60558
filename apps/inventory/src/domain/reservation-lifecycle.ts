import { ReservationStatus } from '@getit/contracts';

export type ReservationAction = 'commit' | 'release' | 'expire';

/** What to do with a reservation: change it, answer as if done (a retry), or refuse with a reason. */
export type LifecycleDecision =
  | { outcome: 'apply'; status: ReservationStatus }
  | { outcome: 'unchanged' }
  | { outcome: 'refuse'; reason: string };

/**
 * active → committed (order confirmed: the units leave on-hand stock)
 * active → released  (checkout cancelled) | expired (not confirmed in time): the units return to available
 * Repeating a step that already happened is answered, not refused, so callers can retry safely.
 */
export function decideTransition(
  status: ReservationStatus,
  action: ReservationAction,
  expiresAt: Date,
  now: Date,
): LifecycleDecision {
  const expired = expiresAt.getTime() <= now.getTime();
  switch (action) {
    case 'commit':
      if (status === 'committed') return { outcome: 'unchanged' };
      if (status !== 'active') return { outcome: 'refuse', reason: `the reservation was ${status}` };
      if (expired)
        return { outcome: 'refuse', reason: `the reservation expired at ${expiresAt.toISOString()}` };
      return { outcome: 'apply', status: 'committed' };
    case 'release':
      if (status === 'released' || status === 'expired') return { outcome: 'unchanged' };
      if (status === 'committed')
        return { outcome: 'refuse', reason: 'the reservation was already committed' };
      return { outcome: 'apply', status: 'released' };
    case 'expire':
      return status === 'active' && expired
        ? { outcome: 'apply', status: 'expired' }
        : { outcome: 'unchanged' };
  }
}
