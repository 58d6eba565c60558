import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Next's standalone build of apps/storefront (`npx nx run storefront:build`). */
const SERVER = resolve(__dirname, '../../../../apps/storefront/.next/standalone/apps/storefront/server.js');

export interface StorefrontProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * The storefront as a child process (Next runs its own server), talking to the gateway; the gateway serves it on
 * its own origin. Undefined when the storefront has not been built, so the API alone still starts.
 */
export async function startStorefront(
  host: string,
  port: number,
  gatewayUrl: string,
): Promise<StorefrontProcess | undefined> {
  if (!existsSync(SERVER)) return undefined;
  const child: ChildProcess = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: host,
      GATEWAY_URL: gatewayUrl,
      PUBLIC_URL: gatewayUrl,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://${host}:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the storefront exited with code ${child.exitCode}`);
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
