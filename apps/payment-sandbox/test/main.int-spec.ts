import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort } from '@getit/testing';
import type { SandboxConfigView } from '../src';

const MAIN = join(__dirname, '../../../dist/apps/payment-sandbox/src/main.js');

/** The built standalone process: `node dist/apps/payment-sandbox/src/main.js`. */
describe('payment sandbox process', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves on PORT with PUBLIC_URL and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: String(port), PUBLIC_URL: 'http://localhost:9999', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 20_000;
    while (!output.includes('listening')) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`sandbox did not start: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const config = (await (
      await fetch(`http://127.0.0.1:${port}/__control/config`)
    ).json()) as SandboxConfigView;
    expect(config.publicUrl).toBe('http://localhost:9999');
    expect(config.bkash.username).toBe('sandboxTokenizedUser02');
    // What the image's HEALTHCHECK (/healthz) and docker-compose's healthcheck (/readyz) probe.
    for (const path of ['/healthz', '/readyz', '/health']) {
      expect({ path, status: (await fetch(`http://127.0.0.1:${port}${path}`)).status }).toEqual({
        path,
        status: 200,
      });
    }

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('refuses to start on an invalid configuration and says which variable is wrong', async () => {
    child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: 'not-a-port', NAGAD_MERCHANT_PUBLIC_KEY: 'garbage' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(errors).toContain('PORT');
    expect(errors).toContain('NAGAD_MERCHANT_PUBLIC_KEY');
  });
});
