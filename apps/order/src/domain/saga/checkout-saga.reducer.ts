/**
 * The checkout saga's steps, in order: reserve_stock → take_payment → confirm_order. How long each may take is
 * configuration (SagaTimeouts); what undoes each is decided by `cancel` below. book_couriers will follow
 * confirm_order (issue 6).
 */
export type CheckoutStep = 'reserve_stock' | 'take_payment' | 'confirm_order';

export type SagaCancelReason = 'stock_unavailable' | 'payment_failed' | 'checkout_timed_out';

export interface CheckoutSagaState {
  orderId: string;
  status: 'running' | 'completed' | 'cancelled';
  /** The step awaiting an answer while running; the step that failed once cancelled; null when completed. */
  step: CheckoutStep | null;
  reservationId: string | null;
  paymentId: string | null;
  cancelReason: SagaCancelReason | null;
  /** Reservations and payments that succeeded too late or twice and were undone ('reservation:<id>', 'payment:<id>'). */
  undoneLate: string[];
}

export type CheckoutSagaEvent =
  | { type: 'stock_reserved'; reservationId: string }
  | { type: 'stock_reservation_failed'; reason: string }
  | { type: 'payment_authorized'; paymentId: string }
  | { type: 'payment_failed'; paymentId: string | null; reason: string }
  | { type: 'step_timed_out'; step: CheckoutStep }
  | { type: 'order_confirmed' };

/**
 * What the orchestrator must do next, in the order given. Every command is safe to repeat. There is no
 * reserve_stock command: `order.placed.v1`, written with the order and its saga row, is the reservation request.
 */
export type CheckoutSagaCommand =
  | { type: 'take_payment'; orderId: string }
  | { type: 'confirm_order'; orderId: string }
  | { type: 'release_stock'; reservationId: string }
  /** By payment id when known, else every payment of the order (a payment may be in flight when its step timed out). */
  | { type: 'cancel_payment'; orderId: string; paymentId: string | null }
  | { type: 'cancel_order'; orderId: string; reason: SagaCancelReason };

export interface SagaTransition {
  state: CheckoutSagaState;
  commands: CheckoutSagaCommand[];
}

/**
 * reserve_stock → take_payment → confirm_order. A failure or timeout cancels the order and compensates the steps
 * that succeeded, newest first: cancel_payment, then release_stock. Events for another step, repeats and events
 * after the end change nothing, except that a success arriving too late is undone (a reservation made after the
 * saga gave up is released; a payment authorized after it gave up, or a second payment, is cancelled), so no stock
 * stays held and no shopper is charged for a cancelled order.
 */
export function reduceCheckoutSaga(state: CheckoutSagaState, event: CheckoutSagaEvent): SagaTransition {
  const { orderId } = state;
  const awaiting = (step: CheckoutStep) => state.status === 'running' && state.step === step;
  switch (event.type) {
    case 'stock_reserved':
      if (awaiting('reserve_stock'))
        return next({ ...state, step: 'take_payment', reservationId: event.reservationId }, [
          run(orderId, 'take_payment'),
        ]);
      return event.reservationId === state.reservationId
        ? same(state)
        : undoLate(state, `reservation:${event.reservationId}`, {
            type: 'release_stock',
            reservationId: event.reservationId,
          });
    case 'stock_reservation_failed':
      return awaiting('reserve_stock') ? cancel(state, 'stock_unavailable') : same(state);
    case 'payment_authorized':
      if (awaiting('take_payment'))
        return next({ ...state, step: 'confirm_order', paymentId: event.paymentId }, [
          run(orderId, 'confirm_order'),
        ]);
      return event.paymentId === state.paymentId
        ? same(state)
        : undoLate(state, `payment:${event.paymentId}`, {
            type: 'cancel_payment',
            orderId,
            paymentId: event.paymentId,
          });
    case 'payment_failed':
      return awaiting('take_payment') ? cancel(state, 'payment_failed') : same(state);
    case 'step_timed_out':
      return awaiting(event.step)
        ? cancel(state, 'checkout_timed_out', event.step === 'take_payment')
        : same(state);
    case 'order_confirmed':
      return awaiting('confirm_order')
        ? next({ ...state, status: 'completed', step: null }, [])
        : same(state);
  }
}

/** Cancels the order and undoes the steps that succeeded, newest first. */
function cancel(state: CheckoutSagaState, reason: SagaCancelReason, paymentInFlight = false): SagaTransition {
  const { orderId } = state;
  const commands: CheckoutSagaCommand[] = [];
  // A timed-out take_payment may still have a payment in flight: it is cancelled by order id.
  if (state.paymentId !== null || paymentInFlight)
    commands.push({ type: 'cancel_payment', orderId, paymentId: state.paymentId });
  if (state.reservationId !== null)
    commands.push({ type: 'release_stock', reservationId: state.reservationId });
  commands.push({ type: 'cancel_order', orderId, reason });
  return next({ ...state, status: 'cancelled', cancelReason: reason }, commands);
}

/** Undoes a success nobody is waiting for, once: a repeat of the same late event is ignored. */
function undoLate(state: CheckoutSagaState, key: string, command: CheckoutSagaCommand): SagaTransition {
  if (state.undoneLate.includes(key)) return same(state);
  return next({ ...state, undoneLate: [...state.undoneLate, key] }, [command]);
}

function run(orderId: string, step: 'take_payment' | 'confirm_order'): CheckoutSagaCommand {
  return { type: step, orderId };
}

function next(state: CheckoutSagaState, commands: CheckoutSagaCommand[]): SagaTransition {
  return { state, commands };
}

function same(state: CheckoutSagaState, commands: CheckoutSagaCommand[] = []): SagaTransition {
  return { state, commands };
}
