import { GatewayRoute } from './gateway-route';
import { catalogRoutes } from './routes/catalog.routes';
import { searchRoutes } from './routes/search.routes';

export type { GatewayRoute } from './gateway-route';

/** Every route the gateway exposes: one file per upstream under routes/, joined here. */
export const ROUTES: GatewayRoute[] = [...catalogRoutes, ...searchRoutes];

export function upstreamPath(publicUrl: string): string {
  return publicUrl.replace(/^\/api(?=\/)/, '');
}
