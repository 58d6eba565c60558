export { eventEnvelopeSchema, type EventEnvelope } from './envelope.schema';
export {
  poishaSchema,
  currencySchema,
  itemPricePoishaSchema,
  MAX_ITEM_PRICE_POISHA,
  INT4_MAX,
} from './money.schema';
export { formatTaka, formatTakaDecimal, toBanglaDigits, type MoneyLocale } from './money-format';
export { isPoisha, isPositivePoisha } from './poisha';
export {
  parseTakaAmount,
  takaToPoisha,
  type TakaAmountParse,
  type TakaAmountRefusal,
} from './taka-amount.parser';
export { isUuid } from './uuid';
export { EVENTS, isEventType, topicOf, type EventType, type EventPayload } from './event-map';
export { createEnvelope, type EnvelopeOrigin } from './event-envelope';
export { parseEnvelope, type ParsedEvent } from './event-envelope.parser';
export * from './api/catalog.api';
export * from './api/catalog-category.api';
export * from './api/catalog-shop.api';
export * from './api/catalog-moderation.api';
export {
  searchQuery,
  searchHit,
  searchResult,
  searchFacets,
  suggestQuery,
  suggestResult,
  type SearchQuery,
  type SearchHit,
  type SearchResult,
  type SearchFacets,
  type SuggestQuery,
  type SuggestResult,
} from './api/search.api';
export {
  BANGLADESH_MOBILE,
  vendorPath,
  warehousePath,
  variantPath,
  warehouseVariantPath,
  reservationPath,
  warehouseAddress,
  createWarehouseRequest,
  updateWarehouseRequest,
  warehouseView,
  warehouseList,
  ADJUSTMENT_REASONS,
  MOVEMENT_REASONS,
  setStockRequest,
  bulkStockCountRequest,
  bulkStockCountResult,
  adjustStockRequest,
  setLowStockThresholdRequest,
  warehouseStockView,
  variantStockView,
  stockMovementView,
  stockChangeResult,
  listStockQuery,
  stockPage,
  listMovementsQuery,
  movementPage,
  availabilityQuery,
  availabilityView,
  reserveStockRequest,
  RESERVATION_STATUSES,
  reservationView,
  type MovementReason,
  type CreateWarehouseRequest,
  type UpdateWarehouseRequest,
  type WarehouseView,
  type WarehouseList,
  type SetStockRequest,
  type BulkStockCountRequest,
  type BulkStockCountResult,
  type AdjustStockRequest,
  type SetLowStockThresholdRequest,
  type VariantStockView,
  type StockMovementView,
  type StockChangeResult,
  type ListStockQuery,
  type StockPage,
  type ListMovementsQuery,
  type MovementPage,
  type AvailabilityQuery,
  type AvailabilityView,
  type ReserveStockRequest,
  type ReservationStatus,
  type ReservationView,
} from './api/inventory.api';
export {
  ROLES,
  roleSchema,
  accessTokenClaims,
  tokenPair,
  IDENTITY_HEADERS,
  type Role,
  type AccessTokenClaims,
  type TokenPair,
  normaliseBdMobile,
  bdMobileNumber,
  otpRequestBody,
  otpRequestAccepted,
  otpVerifyBody,
  authResult,
  registerBody,
  loginBody,
  refreshBody,
  sessionView,
  sessionList,
  totpSetupView,
  totpConfirmBody,
  meView,
  VENDOR_STATUSES,
  VENDOR_DOCUMENT_KINDS,
  vendorPayout,
  vendorApplicationBody,
  vendorMemberView,
  vendorView,
  addVendorStaffBody,
  adminVendorsQuery,
  vendorPage,
  vendorDecisionBody,
  vendorDecisionWithReasonBody,
  AUDIT_OUTCOMES,
  auditQuery,
  auditEntryView,
  auditPage,
  keyRotationResult,
  jsonWebKeySet,
  type OtpRequestBody,
  type OtpRequestAccepted,
  type OtpVerifyBody,
  type AuthResult,
  type RegisterBody,
  type LoginBody,
  type RefreshBody,
  type SessionView,
  type SessionList,
  type TotpSetupView,
  type TotpConfirmBody,
  type MeView,
  type VendorStatus,
  type VendorPayout,
  type VendorApplicationBody,
  type VendorMemberView,
  type VendorView,
  type AddVendorStaffBody,
  type AdminVendorsQuery,
  type VendorPage,
  type VendorDecisionBody,
  type AuditQuery,
  type AuditEntryView,
  type AuditPage,
  type KeyRotationResult,
  type JsonWebKeySet,
} from './api/auth.api';
export {
  DIVISIONS,
  placeName,
  canonicalDivision,
  canonicalDistrict,
  checkAddress,
  type AddressProblem,
  type CheckedAddress,
} from './bangladesh/bangladesh-geography';
export * from './api/shipping.api';
export {
  ORDER_PAYMENT_METHODS,
  orderPaymentMethod,
  PACKAGE_STATUSES,
  packageStatus,
  ORDER_CANCEL_REASONS,
  orderCancelReason,
} from './events/order-events.v1';
export * from './api/payment.api';
export * from './api/order.api';
export * from './api/saved-address.api';
export { PAYMENT_REFUND_REASONS, paymentRefundReason } from './events/payment-events.v1';
export * from './api/payment-ledger.api';
export * from './api/cod-reconciliation.api';
export { AUDITED_OUTCOMES } from './events/audit-recorded.v1';
export {
  auditRecorded,
  type AuditRecorded,
  type AuditOrigin,
  type AuditedAction,
} from './events/audit-recorded.envelope';
export {
  COURIER_NAMES,
  courierName,
  SHIPMENT_STATUSES,
  shipmentStatus,
  shippingShipmentBookedV1,
  shippingShipmentStatusChangedV1,
} from './events/shipping-events.v1';
export { shippingReturnReceivedV1, returnedLine } from './events/shipping-return-received.v1';
export * from './api/shipment-tracking.api';
export * from './api/return-receipt.api';
export * from './api/courier-settings.api';
