export {
  formatMoney,
  formatCount,
  formatDateTime,
  formatDay,
  formatDecimal,
  formatPercent,
  formatRelative,
  type UiLocale,
} from './locale-format';
export { catalogueGaps, catalogueKeys, type CatalogueGaps } from './messages-catalogue';
