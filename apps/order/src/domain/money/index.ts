export { CURRENCY, addPoisha, multiplyPoisha } from './poisha';
export type { Currency } from './poisha';
