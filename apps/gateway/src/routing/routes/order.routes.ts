import {
  adminOrdersQuery,
  cancelOrderRequest,
  cartView,
  checkoutSagaView,
  deliveryQuoteRequest,
  deliveryQuoteView,
  myOrdersQuery,
  orderPage,
  orderQuery,
  orderView,
  packageTransitionRequest,
  placeOrderRequest,
  Role,
  setCartLineRequest,
  vendorPackagePage,
  vendorPackagesQuery,
  vendorPackageView,
} from '@getit/contracts';
import { GatewayRoute } from '../gateway-route';

/**
 * Guests and shoppers alike: a signed-in caller's token still goes through (as identity headers), and the order
 * service decides by it — a guest cart or order is reached by its unguessable id, a shopper's only by its owner.
 */
const anyone = { public: true } as const;
const shoppers = { roles: ['shopper'] as Role[] };
const vendorStaff = ['vendor:owner', 'vendor:manager', 'vendor:staff'] as Role[];
/** Vendors see their own queue; admins (with a second factor) any vendor's. The order service checks again. */
const packageReaders = {
  roles: [...vendorStaff, 'admin:super-admin', 'admin:operations', 'admin:support'] as Role[],
  vendorScoped: true,
};
/** Vendors move their own packages; operations record what couriers report (deliver, return) or cancel. */
const packageMovers = {
  roles: [...vendorStaff, 'admin:super-admin', 'admin:operations'] as Role[],
  vendorScoped: true,
};
const admins = {
  roles: ['admin:super-admin', 'admin:operations', 'admin:finance', 'admin:support'] as Role[],
};

const cart = '/api/carts/:cartId';

/** Carts, checkout (with the Idempotency-Key header, passed through), shoppers' orders, vendors' packages, admin search. */
export const orderRoutes: GatewayRoute[] = [
  {
    method: 'POST',
    path: '/api/carts',
    upstream: 'order',
    access: anyone,
    summary: "A new guest cart, or the signed-in shopper's active cart (200 when it already exists)",
    response: { status: 201, schema: cartView },
  },
  {
    method: 'GET',
    path: cart,
    upstream: 'order',
    access: anyone,
    summary: 'A cart grouped by vendor: today’s prices beside the ones last seen, stock, subtotals, expiry',
    response: { status: 200, schema: cartView },
  },
  {
    method: 'PUT',
    path: `${cart}/lines/:variantId`,
    upstream: 'order',
    access: anyone,
    summary: 'Set a line’s quantity (0 removes it); more than is available answers 409 with the count left',
    request: { body: setCartLineRequest },
    response: { status: 200, schema: cartView },
  },
  {
    method: 'DELETE',
    path: `${cart}/lines/:variantId`,
    upstream: 'order',
    access: anyone,
    summary: 'Remove a line',
    response: { status: 200, schema: cartView },
  },
  {
    method: 'POST',
    path: `${cart}/merge`,
    upstream: 'order',
    access: shoppers,
    summary: 'At sign-in: merge this guest cart into the shopper’s cart (quantities added, capped by stock)',
    response: { status: 200, schema: cartView },
  },
  {
    method: 'POST',
    path: `${cart}/delivery-quote`,
    upstream: 'order',
    access: anyone,
    summary:
      'Delivery charge per vendor package for a destination district and payment method, before ordering',
    request: { body: deliveryQuoteRequest },
    response: { status: 200, schema: deliveryQuoteView },
  },
  {
    method: 'POST',
    path: '/api/orders',
    upstream: 'order',
    access: anyone,
    summary:
      'Place an order from a cart (header Idempotency-Key: the same key returns the same order with 200); ' +
      '409 when a price changed or stock ran out',
    request: { body: placeOrderRequest },
    response: { status: 201, schema: orderView },
  },
  {
    method: 'GET',
    path: '/api/orders/:orderId',
    upstream: 'order',
    access: anyone,
    summary:
      'An order with each package’s status, and the reason when cancelled (?waitMs= waits for checkout)',
    request: { query: orderQuery },
    response: { status: 200, schema: orderView },
  },
  {
    method: 'POST',
    path: '/api/orders/:orderId/cancel',
    upstream: 'order',
    access: anyone,
    summary: 'Cancel a confirmed order before any package was handed to a courier',
    request: { body: cancelOrderRequest },
    response: { status: 200, schema: orderView },
  },
  {
    method: 'GET',
    path: '/api/me/orders',
    upstream: 'order',
    access: shoppers,
    summary: 'The signed-in shopper’s orders, newest first',
    request: { query: myOrdersQuery },
    response: { status: 200, schema: orderPage },
  },
  {
    method: 'GET',
    path: '/api/vendors/:vendorId/packages',
    upstream: 'order',
    access: packageReaders,
    summary: 'The vendor’s package queue with lines and delivery address (?status=, newest first)',
    request: { query: vendorPackagesQuery },
    response: { status: 200, schema: vendorPackagePage },
  },
  {
    method: 'POST',
    path: '/api/vendors/:vendorId/packages/:packageId/transitions',
    upstream: 'order',
    access: packageMovers,
    summary: 'Move a package: pack, hand_to_courier (vendor); deliver, return, cancel (operations)',
    request: { body: packageTransitionRequest },
    response: { status: 200, schema: vendorPackageView },
  },
  {
    method: 'GET',
    path: '/api/admin/orders',
    upstream: 'order',
    access: admins,
    summary: 'Search every order by number or phone (q), status, vendor and placement time',
    request: { query: adminOrdersQuery },
    response: { status: 200, schema: orderPage },
  },
  {
    method: 'GET',
    path: '/api/admin/orders/:orderId/saga',
    upstream: 'order',
    access: admins,
    summary:
      "Where an order's checkout saga stands: status, the step it waits on or failed at, its deadline and times",
    response: { status: 200, schema: checkoutSagaView },
  },
];
