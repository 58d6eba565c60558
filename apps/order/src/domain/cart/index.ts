export { checkLineQuantity, mergeCartLines } from './cart-quantity.rule';
export type { MergeLine, QuantityProblem } from './cart-quantity.rule';
