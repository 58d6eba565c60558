export type CheckoutStep = 'reserve_stock' | 'take_payment' | 'confirm_order';
export type CompensationCommand = 'release_stock' | 'cancel_payment';

export interface SagaStepDefinition {
  step: CheckoutStep;
  /** How long the orchestrator waits for the step's answer before it sends step_timed_out. */
  timeoutMs: number;
  /** What undoes this step once it succeeded, if a later step fails; null when nothing needs undoing. */
  compensation: CompensationCommand | null;
}

/**
 * The checkout saga, in order. take_payment waits longest because bKash/Nagad/card payments need the shopper to
 * approve on their phone. book_couriers will follow confirm_order (issue 6).
 */
export const CHECKOUT_SAGA: readonly SagaStepDefinition[] = [
  { step: 'reserve_stock', timeoutMs: 15_000, compensation: 'release_stock' },
  { step: 'take_payment', timeoutMs: 12 * 60_000, compensation: 'cancel_payment' },
  { step: 'confirm_order', timeoutMs: 15_000, compensation: null },
];

export function stepDefinition(step: CheckoutStep): SagaStepDefinition {
  return CHECKOUT_SAGA.find((s) => s.step === step)!;
}
