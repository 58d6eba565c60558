import { quoteRequest, quoteView, rateCardRequest, rateCardView, Role } from '@getit/contracts';
import { GatewayRoute } from '../gateway-route';

/** Prices are for super-admins and operations, with a second factor; the shipping service checks the roles again. */
const rateCardEditors = { roles: ['admin:super-admin', 'admin:operations'] as Role[], mfa: true };

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
];
