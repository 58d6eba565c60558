export { MAX_QUANTITY_PER_LINE, assertTotalsAddUp, splitOrder } from './order-split';
export type { CartLine, OrderDraft, OrderLine, PackageDraft } from './order-split';
export { checkPrices } from './price-change.rule';
export type { PriceChange, PriceCheck, PricedCartLine } from './price-change.rule';
export { findShortages } from './stock-check.rule';
export type { LineShortage, StockedLine } from './stock-check.rule';
export { CheckoutRefusedException } from './checkout-refused.exception';
export type { CheckoutRefusal } from './checkout-refused.exception';
