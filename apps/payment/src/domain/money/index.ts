export { CURRENCY, isPoisha, isPositivePoisha } from './poisha';
export type { Currency } from './poisha';
export { formatTaka } from './taka-format';
