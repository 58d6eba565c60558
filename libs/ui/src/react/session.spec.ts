import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SessionStore } from './session';

const token = (n: number) =>
  `h.${Buffer.from(JSON.stringify({ sub: 'u1', roles: ['vendor:owner'], vendorId: 'v1', amr: ['pwd'], exp: n })).toString('base64url')}.s`;

/** A tiny stand-in gateway: /api/auth/me answers 200 only to the current access token; refresh rotates tokens. */
function gateway() {
  let current = 1;
  const refreshes: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/api/auth/refresh') {
        refreshes.push(JSON.parse(body).refreshToken);
        current += 1;
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(JSON.stringify({ accessToken: token(current), refreshToken: `r${current}` }));
      }
      const ok = request.headers.authorization === `Bearer ${token(current)}`;
      response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          ok ? { id: 'u1' } : { title: 'Unauthenticated', status: 401, code: 'UNAUTHENTICATED' },
        ),
      );
    });
  });
  return { server, refreshes, expire: () => (current += 100) };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('a web app session (access token in memory, refresh token per tab)', () => {
  let server: Server;
  let fake: ReturnType<typeof gateway>;
  let origin: string;

  beforeEach(async () => {
    fake = gateway();
    server = fake.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  it('reads who is signed in from the access token', () => {
    const store = new SessionStore('k', origin, memoryStorage());
    store.signIn({ accessToken: token(1), refreshToken: 'r1' });
    expect(store.claims).toMatchObject({ roles: ['vendor:owner'], vendorId: 'v1' });
  });

  it('trades the refresh token once when concurrent calls meet an expired access token, and retries them', async () => {
    const store = new SessionStore('k', origin, memoryStorage());
    store.signIn({ accessToken: token(1), refreshToken: 'r1' });
    fake.expire();
    const answers = await Promise.all([store.client.GET('/api/auth/me'), store.client.GET('/api/auth/me')]);
    expect(answers.map((a) => a.response.status)).toEqual([200, 200]);
    expect(fake.refreshes).toEqual(['r1']);
  });

  it('resumes after a reload from the stored refresh token alone', async () => {
    const storage = memoryStorage();
    new SessionStore('k', origin, storage).signIn({ accessToken: token(1), refreshToken: 'r1' });
    const reloaded = new SessionStore('k', origin, storage);
    expect(await reloaded.resume()).toBe(true);
    expect((await reloaded.client.GET('/api/auth/me')).response.status).toBe(200);
  });
});
