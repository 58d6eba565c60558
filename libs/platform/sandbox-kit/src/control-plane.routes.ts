import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

/** How a sandbox answers one of its own errors: the status and the problem's title (the detail is the message). */
export interface ControlRefusal {
  status: number;
  title: string;
}

export interface ControlPlaneOptions {
  /** The sandbox's own errors (a refused step, a refused approval); others are 400 (bad body) or their status. */
  refusal?: (error: unknown) => ControlRefusal | undefined;
  /** The routes, relative to /__control. */
  routes(control: FastifyInstance): void | Promise<void>;
}

/** An RFC 9457 body as the control API answers it. */
export function controlProblem(status: number, title: string, detail: string) {
  return { type: 'about:blank', title, status, detail };
}

/**
 * The test-facing control API of a sandbox under /__control: every error is problem+json, a body the route's
 * schema refuses is 400 'Invalid control request' with zod's explanation, and a 5xx is logged.
 */
export async function registerControlPlane(
  app: FastifyInstance,
  options: ControlPlaneOptions,
): Promise<void> {
  await app.register(
    async (control) => {
      control.setErrorHandler((error, _request, reply) => {
        const send = (status: number, title: string, detail: string) =>
          reply
            .code(status)
            .type('application/problem+json')
            .send(controlProblem(status, title, detail));
        if (error instanceof z.ZodError) return send(400, 'Invalid control request', z.prettifyError(error));
        const refusal = options.refusal?.(error);
        if (refusal) return send(refusal.status, refusal.title, (error as Error).message);
        const status = (error as { statusCode?: number }).statusCode ?? 500;
        if (status >= 500) reply.log.error({ err: error }, 'control API error');
        return send(status, 'Control request failed', (error as Error).message);
      });
      await options.routes(control);
    },
    { prefix: '/__control' },
  );
}
