export { CURRENCY, addPoisha, isPoisha, multiplyPoisha } from './poisha';
export type { Currency } from './poisha';
