export { formatMoney, formatCount, formatDateTime, formatRelative, type UiLocale } from './locale-format';
export { catalogueGaps, catalogueKeys, type CatalogueGaps } from './messages-catalogue';
