import { CheckoutSagaState, CheckoutStep } from './checkout-saga.reducer';

/** How long each step may take, from configuration (RESERVE_STOCK_TIMEOUT_MS, PAYMENT_TIMEOUT_MS, …). */
export type SagaTimeouts = Readonly<Record<CheckoutStep, number>>;

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
