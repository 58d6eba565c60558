import { z } from 'zod';
import {
  quoteRequest,
  quoteView,
  rateCardRequest,
  rateCardView,
  Role,
  lateShipmentsView,
  courierPerformanceView,
  shipmentTrackingView,
  confirmReturnReceiptRequest,
  packageReturnView,
  returnReceiptView,
} from '@getit/contracts';
import {
  courierBookingRequest,
  courierBookingResultView,
  courierPreferenceRequest,
  courierQueueView,
  courierSettingsView,
  pickupPointRequest,
} from '@getit/contracts';
import { GatewayRoute } from '../gateway-route';

/** Prices are for super-admins and operations, with a second factor; the shipping service checks the roles again. */
const rateCardEditors = { roles: ['admin:super-admin', 'admin:operations'] as Role[], mfa: true };

/** Vendors print their own packages' labels; operations any vendor's (with a second factor). */
const labelPrinters = {
  roles: [
    'vendor:owner',
    'vendor:manager',
    'vendor:staff',
    'admin:super-admin',
    'admin:operations',
  ] as Role[],
  vendorScoped: true,
};

/** Delivery charges: public quotes before an order is confirmed, and the admin rate card behind them. */
export const shippingRoutes: GatewayRoute[] = [
  {
    method: 'POST',
    path: '/api/quotes',
    upstream: 'shipping',
    access: { public: true },
    summary:
      'Delivery charges for an order: one per vendor package, with COD fee and a breakdown in English and Bangla',
    request: { body: quoteRequest },
    response: { status: 200, schema: quoteView },
  },
  {
    method: 'GET',
    path: '/api/admin/rate-card',
    upstream: 'shipping',
    access: rateCardEditors,
    summary: 'The delivery rate card: zone × weight slab prices and the COD percentage',
    response: { status: 200, schema: rateCardView },
  },
  {
    method: 'PUT',
    path: '/api/admin/rate-card',
    upstream: 'shipping',
    access: rateCardEditors,
    summary: 'Replace the delivery rate card; the next quote uses it',
    request: { body: rateCardRequest },
    response: { status: 200, schema: rateCardView },
  },
  {
    method: 'GET',
    path: '/api/orders/:orderId/tracking',
    upstream: 'shipping',
    access: { public: true },
    summary:
      "Each package's courier, consignment, deadlines and timeline (bn/en); the shopper's own order, a guest " +
      "order by its id, a vendor's own packages, or any for admins",
    response: { status: 200, schema: shipmentTrackingView },
  },
  {
    method: 'GET',
    path: '/api/vendors/:vendorId/packages/:packageId/label',
    upstream: 'shipping',
    access: labelPrinters,
    summary:
      "A booked package's parcel label (PDF, A6): barcode and QR of the consignment, recipient, COD amount, order " +
      'number, in English and Bangla; 409 before the courier booked it',
    response: { status: 200, schema: z.string(), contentType: 'application/pdf' },
  },
  {
    method: 'GET',
    path: '/api/vendors/:vendorId/labels',
    upstream: 'shipping',
    access: labelPrinters,
    summary: 'Labels of several booked packages (?packageIds=a,b,…, up to 100) on A4 sheets of four (PDF)',
    request: { query: z.object({ packageIds: z.string().min(1) }) },
    response: { status: 200, schema: z.string(), contentType: 'application/pdf' },
  },
  {
    method: 'GET',
    path: '/api/vendors/:vendorId/packages/:packageId/return',
    upstream: 'shipping',
    access: labelPrinters,
    summary:
      "A package's return to origin: whether the courier brought (part of) it back and the vendor has not confirmed " +
      'it yet, the lines that can come back, and the receipt once confirmed',
    response: { status: 200, schema: packageReturnView },
  },
  {
    method: 'POST',
    path: '/api/vendors/:vendorId/packages/:packageId/return-receipt',
    upstream: 'shipping',
    access: labelPrinters,
    summary:
      'The vendor confirms a returned or partially delivered parcel came back (a partial delivery names the lines ' +
      'and quantities): stock is put back and the money refunded or reversed, once; 201, or 200 with the first ' +
      'receipt when confirmed before; 409 before the courier returned it',
    request: { body: confirmReturnReceiptRequest },
    response: { status: 201, schema: returnReceiptView },
  },
  ...vendorCourierRoutes(),
  {
    method: 'GET',
    path: '/api/admin/shipments/late',
    upstream: 'shipping',
    access: { roles: ['admin:super-admin', 'admin:operations', 'admin:support'] as Role[] },
    summary:
      'Packages past their handover (48 h after payment) or delivery (5 days in Dhaka, 10 elsewhere) deadline, ' +
      'or due within ?withinHours=',
    request: {
      query: z.object({
        withinHours: z
          .string()
          .regex(/^\d{1,3}$/)
          .optional(),
      }),
    },
    response: { status: 200, schema: lateShipmentsView },
  },
  {
    method: 'GET',
    path: '/api/admin/shipments/performance',
    upstream: 'shipping',
    access: { roles: ['admin:super-admin', 'admin:operations'] as Role[] },
    summary:
      'Courier performance per courier × destination district for shipments booked ?from= … ?to= (Bangladesh ' +
      'days, default the last 30): outcomes, delivered share, handover-to-delivery days (median, p90), late count',
    request: {
      query: z.object({
        from: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
        to: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
      }),
    },
    response: { status: 200, schema: courierPerformanceView },
  },
  ...courierWebhook(
    'pathao',
    202,
    "X-PATHAO-Signature must equal the configured secret; the reply carries Pathao's integration header",
  ),
  ...courierWebhook('redx', 200, 'the token we put in the callback URL (?token=) must match'),
  ...courierWebhook('steadfast', 200, 'Authorization: Bearer <the token set in its panel> must match', {
    passAuthorization: true,
    response: {
      status: 200,
      schema: z.object({ status: z.literal('success'), message: z.string(), outcome: z.string() }),
    },
  }),
];

/**
 * Courier webhooks: public at the gateway, authenticated by shipping with the courier's own credential (forged ones
 * are refused and counted there). Steadfast's is a bearer token in Authorization, which on other routes the gateway
 * verifies as a user's token and strips: its route passes Authorization through untouched instead (ADR 0018).
 */
function courierWebhook(
  courier: 'pathao' | 'redx' | 'steadfast',
  status: number,
  auth: string,
  extra: Partial<Pick<GatewayRoute, 'passAuthorization' | 'response'>> = {},
): GatewayRoute[] {
  const name = { pathao: 'Pathao', redx: 'RedX', steadfast: 'Steadfast' }[courier];
  return [
    {
      method: 'POST',
      path: `/api/webhooks/couriers/${courier}`,
      upstream: 'shipping',
      access: { public: true },
      summary: `${name} parcel status webhook: ${auth}`,
      request: { body: z.record(z.string(), z.unknown()) },
      response: { status, schema: z.object({ outcome: z.string() }) },
      ...extra,
    },
  ];
}

/**
 * A vendor's courier choices and booking (ADR 0018): its own staff only (no admin books for a vendor); the stored
 * choice and pickup points by owners and managers, which shipping checks again.
 */
function vendorCourierRoutes(): GatewayRoute[] {
  const bookers = { roles: ['vendor:owner', 'vendor:manager', 'vendor:staff'] as Role[], vendorScoped: true };
  const editors = { roles: ['vendor:owner', 'vendor:manager'] as Role[], vendorScoped: true };
  return [
    {
      method: 'GET',
      path: '/api/vendors/:vendorId/courier-preference',
      upstream: 'shipping',
      access: bookers,
      summary:
        "The vendor's courier (or the marketplace's choice), whether packing books at once, pickup points",
      response: { status: 200, schema: courierSettingsView },
    },
    {
      method: 'PUT',
      path: '/api/vendors/:vendorId/courier-preference',
      upstream: 'shipping',
      access: editors,
      summary: 'Store the courier choice, whether packing books at once, and the pickup warehouse',
      request: { body: courierPreferenceRequest },
      response: { status: 200, schema: courierSettingsView },
    },
    {
      method: 'PUT',
      path: '/api/vendors/:vendorId/pickup-points/:warehouseId',
      upstream: 'shipping',
      access: editors,
      summary:
        'A warehouse as a pickup point, registered as a store with each courier that has stores (Pathao, RedX)',
      request: { body: pickupPointRequest },
      response: { status: 200, schema: courierSettingsView },
    },
    {
      method: 'GET',
      path: '/api/vendors/:vendorId/courier-queue',
      upstream: 'shipping',
      access: bookers,
      summary:
        "Packed packages awaiting a courier (with each courier's price), being booked (and why it is retried), or " +
        'booked and waiting for pickup',
      response: { status: 200, schema: courierQueueView },
    },
    {
      method: 'POST',
      path: '/api/vendors/:vendorId/courier-bookings',
      upstream: 'shipping',
      access: bookers,
      summary:
        "Book packed packages now with a courier or the marketplace's choice (without packageIds: the whole " +
        'awaiting queue); each answered booked with its consignment, or retrying with the reason',
      request: { body: courierBookingRequest },
      response: { status: 200, schema: courierBookingResultView },
    },
  ];
}
