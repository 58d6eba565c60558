export { CURRENCY } from './currency';
export type { Currency } from './currency';
