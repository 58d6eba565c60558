import { GatewayRoute } from './gateway-route';
import { authRoutes } from './routes/auth.routes';
import { catalogRoutes } from './routes/catalog.routes';
import { inventoryRoutes } from './routes/inventory.routes';
import { orderRoutes } from './routes/order.routes';
import { paymentRoutes } from './routes/payment.routes';
import { searchRoutes } from './routes/search.routes';
import { shippingRoutes } from './routes/shipping.routes';

export type { GatewayRoute } from './gateway-route';

/** Every route the gateway exposes: one file per upstream under routes/, joined here. */
export const ROUTES: GatewayRoute[] = [
  ...catalogRoutes,
  ...searchRoutes,
  ...inventoryRoutes,
  ...shippingRoutes,
  ...orderRoutes,
  ...paymentRoutes,
  ...authRoutes,
];

export function upstreamPath(publicUrl: string): string {
  return publicUrl.replace(/^\/api(?=\/)/, '');
}
