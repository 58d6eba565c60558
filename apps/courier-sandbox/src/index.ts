export {
  startCourierSandbox,
  type CourierSandboxOptions,
  type RunningCourierSandbox,
} from './courier-sandbox.server';
export {
  CourierSandboxControl,
  type CourierSandboxConfigView,
  type StepOptions,
} from './control/courier-sandbox.control';
export { COURIERS, PARCEL_STEPS, type Courier, type ParcelStep } from './shared/courier';
export type { Parcel } from './shared/parcel';
export type { WebhookDelivery, WebhookTarget } from './shared/webhook.dispatcher';
export { PATHAO_INTEGRATION_SECRET, DEFAULT_PATHAO_CREDENTIALS } from './pathao/pathao-credentials';
export { DEFAULT_STEADFAST_CREDENTIALS } from './steadfast/steadfast.simulator';
export { DEFAULT_REDX_TOKEN } from './redx/redx.simulator';
