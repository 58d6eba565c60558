import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ServiceProcess, waitFor } from '@getit/testing';

jest.setTimeout(180_000);

/** The first README command's promise: everything in one process on embedded defaults, with demo data. */
describe('embedded mode (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'getit-embedded-'));
  let marketplace: ServiceProcess;
  let url: string;

  beforeAll(async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    url = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
    };
    // The embedded mode must not need the real infrastructure the rest of the suite uses.
    for (const name of ['DATABASE_URL', 'KAFKA_BROKERS', 'REDIS_URL']) env[name] = '';
    marketplace = new ServiceProcess({
      name: 'embedded',
      script: join(__dirname, '../../../dist/apps/embedded/src/main.js'),
      url,
      env,
      readyTimeoutMs: 120_000,
    });
    await marketplace.start();
  });
  afterAll(async () => {
    await marketplace?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the seeded demo catalog through the gateway', async () => {
    const page = await waitFor(
      'demo products',
      async () => {
        const body = (await (await fetch(`${url}/api/products?limit=50`)).json()) as {
          items: { title: { bn?: string } }[];
        };
        // the demo set has 16 products; all of them listed means seeding finished
        return body.items.length >= 16 ? body : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(page.items.some((p) => p.title.bn?.includes('জামদানি'))).toBe(true);
  });

  it('finds products by a Bangla word through the in-process bus and Postgres full-text search', async () => {
    const hits = await waitFor(
      'a Bangla search hit',
      async () => {
        const body = (await (await fetch(`${url}/api/search?q=${encodeURIComponent('শাড়ি')}`)).json()) as {
          items: unknown[];
        };
        return body.items.length >= 2 ? body.items : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(hits.length).toBeGreaterThanOrEqual(2);
  });

  it('stops on SIGINT with exit code 0', async () => {
    const code = await marketplace.stop('SIGINT');
    if (code !== 0) process.stderr.write(marketplace.logs().slice(-3_000));
    expect(code).toBe(0);
  });
});
