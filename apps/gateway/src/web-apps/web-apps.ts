import { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { answerStatic, isBuilt, StaticApp } from './static-app';

const webAppsConfig = z.object({
  /** The seller portal's built folder (apps/seller-portal/dist), served at /seller/ when it holds an index.html. */
  SELLER_PORTAL_DIR: z.string().min(1).optional(),
  /** The admin SPA's built folder (apps/admin/dist), served at /admin/ when it holds an index.html. */
  ADMIN_DIR: z.string().min(1).optional(),
});

/**
 * Serves the seller portal and the admin SPA as static files on the gateway's origin, so they call `/api` with no
 * CORS and the NetworkPolicy needs no new peer. Their routes are more specific than the storefront's `/*`, and
 * `/api` stays the API's. Returns the mounts served (for the banner and tests).
 */
export function registerWebApps(fastify: FastifyInstance, env: NodeJS.ProcessEnv): string[] {
  const config = webAppsConfig.parse(env);
  const apps: StaticApp[] = [
    { mount: '/seller', dir: config.SELLER_PORTAL_DIR },
    { mount: '/admin', dir: config.ADMIN_DIR },
  ].filter((app): app is StaticApp => isBuilt(app.dir));
  for (const app of apps) {
    fastify.route({
      method: ['GET', 'HEAD'],
      url: app.mount,
      config: { servesOtherMediaTypes: true },
      handler: async (_request, reply) => reply.redirect(`${app.mount}/`, 308),
    });
    fastify.route({
      method: ['GET', 'HEAD'],
      url: `${app.mount}/*`,
      config: { servesOtherMediaTypes: true },
      handler: async (request, reply) => {
        const answer = await answerStatic(app, request.url, request.headers['accept-encoding']);
        return reply.status(answer.status).headers(answer.headers).send(answer.body);
      },
    });
  }
  return apps.map((app) => `${app.mount}/`);
}
