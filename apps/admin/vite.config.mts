import { defineConfig } from 'vite';
import { webAppConfig } from '../../libs/ui/src/react/web-app.vite.mts';

/**
 * The admin dashboard: a static build under /admin/ that the gateway serves (apps/gateway/src/web-apps). In
 * development (`npx nx run admin:serve`) Vite proxies /api to a running `npm start` (GATEWAY_URL).
 */
export default defineConfig(webAppConfig({ root: import.meta.dirname, base: '/admin/' }));
