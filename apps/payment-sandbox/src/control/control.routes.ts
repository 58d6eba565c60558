import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerControlPlane } from '@getit/sandbox-kit';
import { PROVIDERS, Provider } from '../shared/provider';
import { SandboxClock } from '../shared/sandbox-clock';
import { ApprovalError } from './approval.error';
import { SandboxConfigView, SandboxKeys } from './payment-views';
import { SandboxProviderHandle } from './sandbox-provider.handle';
import { scenarioRequestSchema } from './scenario-request';
import { ScenarioBook } from './scenario.book';

export interface ControlRouteDeps {
  scenarios: ScenarioBook;
  clock: SandboxClock;
  providers: Record<Provider, SandboxProviderHandle>;
  keys: () => SandboxKeys;
  config: () => SandboxConfigView;
  /** Forgets tokens and other per-provider state beyond payments. */
  onReset: (provider?: Provider) => void;
}

const resetSchema = z.object({ provider: z.enum(PROVIDERS).optional() }).strict();
const approveSchema = z
  .object({
    provider: z.enum(PROVIDERS),
    id: z.string().min(1),
    outcome: z.enum(['success', 'failure', 'cancel']).default('success'),
  })
  .strict();
const clockSchema = z
  .object({
    advanceSeconds: z
      .number()
      .positive()
      .max(366 * 24 * 3600),
  })
  .strict();

/** The test-facing control plane under /__control: scenarios, reset, state, keys, shopper actions, time. */
export async function controlRoutes(app: FastifyInstance, deps: ControlRouteDeps): Promise<void> {
  await registerControlPlane(app, {
    refusal: (error) =>
      error instanceof ApprovalError ? { status: error.httpStatus, title: 'Approval refused' } : undefined,
    routes: (control) => {
      control.post('/scenario', async (request, reply) => {
        deps.scenarios.add(scenarioRequestSchema.parse(request.body));
        return reply.code(201).send(deps.scenarios.pending());
      });
      control.get('/scenarios', async () => deps.scenarios.pending());
      control.post('/reset', async (request, reply) => {
        const { provider } = resetSchema.parse(request.body ?? {});
        deps.scenarios.reset(provider);
        for (const name of provider ? [provider] : PROVIDERS) deps.providers[name].clear();
        if (!provider) deps.clock.reset();
        deps.onReset(provider);
        return reply.code(204).send();
      });
      control.get<{ Querystring: { provider?: string } }>('/payments', async (request) => {
        const only = z.enum(PROVIDERS).optional().parse(request.query.provider);
        return Object.fromEntries(
          PROVIDERS.filter((name) => !only || name === only).map((name) => [
            name,
            deps.providers[name].payments(),
          ]),
        );
      });
      control.get('/keys', async () => deps.keys());
      control.get('/config', async () => deps.config());
      control.post('/approve', async (request) => {
        const { provider, id, outcome } = approveSchema.parse(request.body);
        return deps.providers[provider].approve(id, outcome);
      });
      control.post('/clock', async (request) => {
        deps.clock.advance(clockSchema.parse(request.body).advanceSeconds * 1000);
        return { now: new Date(deps.clock.now()).toISOString() };
      });
    },
  });
}
