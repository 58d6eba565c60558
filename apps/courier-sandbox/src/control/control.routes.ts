import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { controlProblem as problem, registerControlPlane } from '@getit/sandbox-kit';
import { COURIERS, Courier, PARCEL_STEPS } from '../shared/courier';
import { CourierOutage } from '../shared/courier-outage';
import type { CourierSimulator } from '../shared/courier-simulator';
import { ParcelLifecycle, ParcelStepError } from '../shared/parcel-lifecycle';
import { ParcelStore } from '../shared/parcel.store';
import { WebhookDispatcher } from '../shared/webhook.dispatcher';

export interface ControlDeps {
  parcels: ParcelStore;
  outage: CourierOutage;
  webhooks: WebhookDispatcher;
  simulators: Record<Courier, CourierSimulator>;
  config: () => unknown;
}

const courier = z.enum(COURIERS);
const stepSchema = z
  .object({
    step: z.enum(PARCEL_STEPS),
    collectedTaka: z.number().int().nonnegative().optional(),
    remittedTaka: z.number().int().optional(),
    invoiceId: z.string().min(1).max(40).optional(),
    reason: z.string().min(1).max(200).optional(),
    duplicate: z.boolean().optional(),
    hold: z.boolean().optional(),
  })
  .strict();
const webhookSchema = z
  .object({ url: z.url({ protocol: /^https?$/ }), secret: z.string().min(1).optional() })
  .strict()
  .nullable();
const forgedSchema = z.object({ step: z.enum(PARCEL_STEPS) }).strict();

/** /__control: webhooks per courier, outages, parcels driven step by step, faults (duplicate, held, forged). */
export async function controlRoutes(app: FastifyInstance, deps: ControlDeps): Promise<void> {
  await registerControlPlane(app, {
    refusal: (error) =>
      error instanceof ParcelStepError ? { status: 409, title: 'Step refused' } : undefined,
    routes: (control) => {
      control.get('/config', async () => deps.config());
      control.put<{ Params: { courier: string } }>('/webhooks/:courier', async (request, reply) => {
        const name = courier.parse(request.params.courier);
        deps.webhooks.configure(name, webhookSchema.parse(request.body) ?? undefined);
        return reply.code(204).send();
      });
      control.put<{ Params: { courier: string } }>('/outage/:courier', async (request, reply) => {
        const name = courier.parse(request.params.courier);
        deps.outage.set(name, z.object({ down: z.boolean() }).strict().parse(request.body).down);
        return reply.code(204).send();
      });
      control.get<{ Querystring: { courier?: string } }>('/parcels', async (request) =>
        deps.parcels.list(courier.optional().parse(request.query.courier)),
      );
      control.get<{ Params: { courier: string; id: string } }>(
        '/parcels/:courier/:id',
        async (request, reply) => {
          const parcel = deps.parcels.get(courier.parse(request.params.courier), request.params.id);
          return parcel ?? reply.code(404).send(problem(404, 'No such parcel', request.params.id));
        },
      );
      control.post<{ Params: { courier: string; id: string } }>(
        '/parcels/:courier/:id/steps',
        async (request, reply) => {
          const name = courier.parse(request.params.courier);
          const parcel = deps.parcels.get(name, request.params.id);
          if (!parcel) return reply.code(404).send(problem(404, 'No such parcel', request.params.id));
          const { duplicate, hold, ...step } = stepSchema.parse(request.body);
          const now = new Date().toISOString();
          ParcelLifecycle.apply(parcel, step, now);
          const body = deps.simulators[name].webhookFor(parcel, step.step, now);
          const deliveries = body
            ? await deps.webhooks.send({ courier: name, parcelId: parcel.id, body }, { duplicate, hold })
            : [];
          return { parcel, deliveries };
        },
      );
      control.post<{ Params: { courier: string; id: string } }>(
        '/parcels/:courier/:id/forged',
        async (request, reply) => {
          const name = courier.parse(request.params.courier);
          const parcel = deps.parcels.get(name, request.params.id);
          if (!parcel) return reply.code(404).send(problem(404, 'No such parcel', request.params.id));
          const { step } = forgedSchema.parse(request.body);
          const body = deps.simulators[name].webhookFor(parcel, step, new Date().toISOString());
          if (!body)
            return reply.code(409).send(problem(409, 'No webhook', `${name} sends none for ${step}`));
          return {
            deliveries: await deps.webhooks.send(
              { courier: name, parcelId: parcel.id, body },
              { forged: true },
            ),
          };
        },
      );
      control.post('/webhooks/release', async (request) => {
        const { reverse } = z
          .object({ reverse: z.boolean().default(true) })
          .strict()
          .parse(request.body ?? {});
        return { deliveries: await deps.webhooks.release(reverse) };
      });
      control.get('/webhooks/log', async () => deps.webhooks.log());
      control.post('/reset', async (_request, reply) => {
        for (const name of COURIERS) {
          deps.simulators[name].clear();
          deps.outage.set(name, false);
        }
        deps.webhooks.clear();
        return reply.code(204).send();
      });
    },
  });
}
