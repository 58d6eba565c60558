import { CHECKOUT_SAGA, CheckoutStep } from './checkout-saga.definition';
import { CheckoutSagaState } from './checkout-saga.reducer';

/** How long each step may take, as configured; defaults are the saga definition's. */
export type SagaTimeouts = Readonly<Record<CheckoutStep, number>>;

export const DEFAULT_SAGA_TIMEOUTS: SagaTimeouts = Object.fromEntries(
  CHECKOUT_SAGA.map((s) => [s.step, s.timeoutMs]),
) as Record<CheckoutStep, number>;

/**
 * When the awaited step gives up: `now` plus the step's timeout while the saga runs, null once it ended. A step
 * keeps the deadline it started with (an unrelated event does not extend it), so the caller passes the stored
 * deadline and whether the step changed.
 */
export function sagaDeadline(
  before: Pick<CheckoutSagaState, 'status' | 'step'>,
  after: Pick<CheckoutSagaState, 'status' | 'step'>,
  storedDeadline: Date | null,
  now: Date,
  timeouts: SagaTimeouts,
): Date | null {
  if (after.status !== 'running' || after.step === null) return null;
  if (before.status === 'running' && before.step === after.step && storedDeadline) return storedDeadline;
  return new Date(now.getTime() + timeouts[after.step]);
}
