export { formatMoney, formatCount, formatDateTime, formatRelative, type UiLocale } from './locale-format';
