import { join } from 'node:path';
import { freePort, ServiceProcess } from '@getit/testing';

const STOREFRONT_SERVER = join(
  __dirname,
  '../../../apps/storefront/.next/standalone/apps/storefront/server.js',
);

/**
 * The storefront's standalone Next server (built by `storefront:build`) as a process of its own, rendering pages from
 * the gateway at `gatewayUrl`, as its Deployment does in the cluster.
 */
export function startStorefront(gatewayUrl: string): Promise<ServiceProcess> {
  return freePort().then((port) =>
    new ServiceProcess({
      name: 'storefront',
      script: STOREFRONT_SERVER,
      url: `http://127.0.0.1:${port}`,
      env: {
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        GATEWAY_URL: gatewayUrl,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    }).start(),
  );
}
