export { MAX_QUANTITY_PER_LINE, assertTotalsAddUp, splitOrder } from './order-split';
export type { CartLine, OrderDraft, OrderLine, PackageDraft } from './order-split';
export { checkPrices } from './price-change.rule';
export type { PriceChange, PriceCheck, PricedCartLine } from './price-change.rule';
