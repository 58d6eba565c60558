import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The Vite builds of the seller portal and the admin SPA (`npx nx run seller-portal:build`, `admin:build`). */
const ROOT = resolve(__dirname, '../../../..');
const WEB_APPS = [
  {
    variable: 'SELLER_PORTAL_DIR',
    dir: join(ROOT, 'apps/seller-portal/dist'),
    label: 'Seller portal',
    path: '/seller/',
  },
  { variable: 'ADMIN_DIR', dir: join(ROOT, 'apps/admin/dist'), label: 'Admin', path: '/admin/' },
] as const;

const built = () => WEB_APPS.filter((app) => existsSync(join(app.dir, 'index.html')));

/** The gateway's settings for the web apps that have been built; one left unbuilt is simply not served. */
export function webAppGatewayEnv(): Record<string, string> {
  return Object.fromEntries(built().map((app) => [app.variable, app.dir]));
}

/** The banner's lines for them, after the storefront's. */
export function webAppUrls(gatewayUrl: string): { label: string; url: string }[] {
  return built().map((app) => ({ label: app.label, url: `${gatewayUrl}${app.path}` }));
}
