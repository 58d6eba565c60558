import { z } from 'zod';
import { auditRecordedV1 } from './events/audit-recorded.v1';
import { authPhoneVerifiedV1 } from './events/auth-phone-verified.v1';
import { authUserRegisteredV1 } from './events/auth-user-registered.v1';
import {
  authVendorApprovedV1,
  authVendorRejectedV1,
  authVendorReinstatedV1,
  authVendorSuspendedV1,
} from './events/auth-vendor-events.v1';
import { catalogProductRemovedV1 } from './events/catalog-product-removed.v1';
import { catalogProductUpsertedV1 } from './events/catalog-product-upserted.v1';
import {
  inventoryReservationCommittedV1,
  inventoryReservationFailedV1,
  inventoryReservationReleasedV1,
  inventoryStockReservedV1,
} from './events/inventory-reservation-events.v1';
import { inventoryStockChangedV1, inventoryStockLowV1 } from './events/inventory-stock-events.v1';
import {
  orderCancelledV1,
  orderConfirmedV1,
  orderPackageStatusChangedV1,
  orderPaymentCancelRequestedV1,
  orderPaymentRequestedV1,
  orderPlacedV1,
  orderStockReleaseRequestedV1,
} from './events/order-events.v1';
import {
  paymentAuthorizedV1,
  paymentCancelledV1,
  paymentCapturedV1,
  paymentFailedV1,
  paymentRefundedV1,
} from './events/payment-events.v1';
import { shippingCodRemittanceReceivedV1 } from './events/shipping-cod-remittance.v1';
import { shippingShipmentBookedV1, shippingShipmentStatusChangedV1 } from './events/shipping-events.v1';
import { shippingReturnReceivedV1 } from './events/shipping-return-received.v1';

/**
 * Every event type, its payload schema and its topic. Events of one aggregate share a topic and are keyed by
 * the aggregate id, so Kafka keeps them in order per aggregate.
 */
export const EVENTS = {
  'auth.user-registered.v1': { topic: 'auth.users', schema: authUserRegisteredV1 },
  'auth.phone-verified.v1': { topic: 'auth.users', schema: authPhoneVerifiedV1 },
  'auth.vendor-approved.v1': { topic: 'auth.vendors', schema: authVendorApprovedV1 },
  'auth.vendor-rejected.v1': { topic: 'auth.vendors', schema: authVendorRejectedV1 },
  'auth.vendor-suspended.v1': { topic: 'auth.vendors', schema: authVendorSuspendedV1 },
  'auth.vendor-reinstated.v1': { topic: 'auth.vendors', schema: authVendorReinstatedV1 },
  'catalog.product-upserted.v1': { topic: 'catalog.products', schema: catalogProductUpsertedV1 },
  'catalog.product-removed.v1': { topic: 'catalog.products', schema: catalogProductRemovedV1 },
  'inventory.stock-changed.v1': { topic: 'inventory.stock', schema: inventoryStockChangedV1 },
  'inventory.stock-low.v1': { topic: 'inventory.stock', schema: inventoryStockLowV1 },
  'inventory.stock-reserved.v1': { topic: 'inventory.reservations', schema: inventoryStockReservedV1 },
  'inventory.reservation-committed.v1': {
    topic: 'inventory.reservations',
    schema: inventoryReservationCommittedV1,
  },
  'inventory.reservation-released.v1': {
    topic: 'inventory.reservations',
    schema: inventoryReservationReleasedV1,
  },
  'inventory.reservation-failed.v1': {
    topic: 'inventory.reservations',
    schema: inventoryReservationFailedV1,
  },
  'order.placed.v1': { topic: 'order.orders', schema: orderPlacedV1 },
  'order.payment-requested.v1': { topic: 'order.orders', schema: orderPaymentRequestedV1 },
  'order.confirmed.v1': { topic: 'order.orders', schema: orderConfirmedV1 },
  'order.cancelled.v1': { topic: 'order.orders', schema: orderCancelledV1 },
  'order.stock-release-requested.v1': { topic: 'order.orders', schema: orderStockReleaseRequestedV1 },
  'order.payment-cancel-requested.v1': { topic: 'order.orders', schema: orderPaymentCancelRequestedV1 },
  'order.package-status-changed.v1': { topic: 'order.orders', schema: orderPackageStatusChangedV1 },
  'payment.authorized.v1': { topic: 'payment.payments', schema: paymentAuthorizedV1 },
  'payment.failed.v1': { topic: 'payment.payments', schema: paymentFailedV1 },
  'payment.cancelled.v1': { topic: 'payment.payments', schema: paymentCancelledV1 },
  'payment.captured.v1': { topic: 'payment.payments', schema: paymentCapturedV1 },
  'payment.refunded.v1': { topic: 'payment.payments', schema: paymentRefundedV1 },
  'shipping.shipment-booked.v1': { topic: 'shipping.shipments', schema: shippingShipmentBookedV1 },
  'shipping.shipment-status-changed.v1': {
    topic: 'shipping.shipments',
    schema: shippingShipmentStatusChangedV1,
  },
  'shipping.return-received.v1': { topic: 'shipping.shipments', schema: shippingReturnReceivedV1 },
  'shipping.cod-remittance-received.v1': {
    topic: 'shipping.cod-remittances',
    schema: shippingCodRemittanceReceivedV1,
  },
  'audit.recorded.v1': { topic: 'audit.entries', schema: auditRecordedV1 },
} as const satisfies Record<string, { topic: string; schema: z.ZodType }>;

export type EventType = keyof typeof EVENTS;
export type EventPayload<T extends EventType> = z.infer<(typeof EVENTS)[T]['schema']>;

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENTS, type);
}

export function topicOf(type: EventType): string {
  return EVENTS[type].topic;
}
