export { CHECKOUT_SAGA, stepDefinition } from './checkout-saga.definition';
export type { CheckoutStep, CompensationCommand, SagaStepDefinition } from './checkout-saga.definition';
export { reduceCheckoutSaga, startCheckoutSaga } from './checkout-saga.reducer';
export type {
  CheckoutSagaCommand,
  CheckoutSagaEvent,
  CheckoutSagaState,
  SagaCancelReason,
  SagaTransition,
} from './checkout-saga.reducer';
export { DEFAULT_SAGA_TIMEOUTS, sagaDeadline } from './saga-deadline';
export type { SagaTimeouts } from './saga-deadline';
