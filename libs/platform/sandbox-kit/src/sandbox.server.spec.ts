import { z } from 'zod';
import { registerControlPlane } from './control-plane.routes';
import { SandboxControlClient } from './sandbox-control.client';
import { SandboxServer, startSandboxServer } from './sandbox.server';

class StepRefused extends Error {}

describe('a sandbox server with its control plane', () => {
  let server: SandboxServer;
  let client: SandboxControlClient;
  let seen: string[] = [];

  beforeAll(async () => {
    server = await startSandboxServer({
      name: 'test-sandbox',
      port: 0,
      register: async (app, url) => {
        app.get('/where', async () => ({ url: url() }));
        await registerControlPlane(app, {
          refusal: (error) =>
            error instanceof StepRefused ? { status: 409, title: 'Step refused' } : undefined,
          routes: (control) => {
            control.put('/things', async (request, reply) => {
              seen.push(z.object({ name: z.string() }).strict().parse(request.body).name);
              return reply.code(204).send();
            });
            control.get('/things', async () => seen);
            control.post('/refused', async () => {
              throw new StepRefused('not after delivered');
            });
            control.post('/broken', async () => {
              throw new Error('boom');
            });
          },
        });
      },
    });
    client = new SandboxControlClient(`${server.url}/`, 'test sandbox');
  });
  afterAll(() => server.stop());
  beforeEach(() => (seen = []));

  it('listens on a free port of 127.0.0.1 and knows its URL once listening', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${server.url}/where`)).json()).toEqual({ url: server.url });
  });

  it('answers /healthz and /readyz', async () => {
    for (const path of ['/healthz', '/readyz'])
      expect({ path, body: await (await fetch(`${server.url}${path}`)).json() }).toEqual({
        path,
        body: { status: 'ok' },
      });
  });

  it('sends and reads JSON through /__control, nothing for a 204', async () => {
    expect(await client.call('PUT', '/things', { name: 'a' })).toBeUndefined();
    expect(await client.call('GET', '/things')).toEqual(['a']);
  });

  it('answers a body its schema refuses with 400 problem+json naming the field', async () => {
    const response = await fetch(`${server.url}/__control/things`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nom: 'a' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { title: string; detail: string };
    expect(problem.title).toBe('Invalid control request');
    expect(problem.detail).toContain('name');
  });

  it("answers the sandbox's own refusals with their status and title, other errors as failed", async () => {
    const refused = await fetch(`${server.url}/__control/refused`, { method: 'POST' });
    expect({ status: refused.status, body: await refused.json() }).toEqual({
      status: 409,
      body: { type: 'about:blank', title: 'Step refused', status: 409, detail: 'not after delivered' },
    });
    const broken = await fetch(`${server.url}/__control/broken`, { method: 'POST' });
    expect({ status: broken.status, title: ((await broken.json()) as { title: string }).title }).toEqual({
      status: 500,
      title: 'Control request failed',
    });
  });

  it('the client names the sandbox, the call and the answer when it is refused', async () => {
    await expect(client.call('POST', '/refused')).rejects.toThrow(
      /^test sandbox POST \/refused answered 409: .*not after delivered/,
    );
  });
});
