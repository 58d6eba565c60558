export { reduceCheckoutSaga } from './checkout-saga.reducer';
export type {
  CheckoutSagaCommand,
  CheckoutSagaEvent,
  CheckoutSagaState,
  CheckoutStep,
  SagaCancelReason,
  SagaTransition,
} from './checkout-saga.reducer';
export { sagaDeadline } from './saga-deadline';
export type { SagaTimeouts } from './saga-deadline';
