import { join } from 'node:path';
import { freePort } from '../free-port';
import { ServiceProcess } from '../service-process';

const STOREFRONT_SERVER = join(
  __dirname,
  '../../../../apps/storefront/.next/standalone/apps/storefront/server.js',
);

/**
 * The storefront's standalone Next server (built by `storefront:build`) as a process of its own, rendering pages from
 * the gateway at `gatewayUrl`, as its Deployment does. `publicUrl`: the origin shoppers see (default: its own).
 */
export async function startStorefrontServer(
  gatewayUrl: string,
  options: { port?: number; publicUrl?: string } = {},
): Promise<ServiceProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  return new ServiceProcess({
    name: 'storefront',
    script: STOREFRONT_SERVER,
    url,
    env: {
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      GATEWAY_URL: gatewayUrl,
      PUBLIC_URL: options.publicUrl ?? url,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  }).start();
}
