import { z } from 'zod';
import { RouteAccess } from '../access/route-access';
import { UpstreamName } from '../config/gateway.config';

/**
 * Every route the gateway exposes, in one table: where it goes, who may call it, and its documented shapes. A route
 * that is not here is not reachable, and a route must say its access (enforced by a test), so nothing becomes
 * public by omission.
 */
export interface GatewayRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Public path (Fastify syntax); the upstream path is the same without the `/api` prefix. */
  path: string;
  upstream: UpstreamName;
  access: RouteAccess;
  /**
   * The caller's `Authorization` is its credential for the upstream, not a user's token: the gateway neither
   * verifies nor strips it and vouches for no identity (a courier's webhook bearer token, which the upstream
   * checks itself). Public routes only; the route-table spec keeps it to the courier webhooks.
   */
  passAuthorization?: true;
  /** `auth`: the stricter per-IP bucket for sign-in, OTP and password-reset routes. Default `default`. */
  rateLimit?: 'default' | 'auth';
  /** A larger body than the gateway-wide BODY_LIMIT_BYTES, for the few routes that take files (CSV imports). */
  bodyLimitBytes?: number;
  /**
   * The longest the gateway's shared cache may serve this route's public answers without asking the upstream, when
   * that must be shorter than PUBLIC_CACHE_TTL_MS (search: its 1 s freshness budget, ADR 0017).
   */
  sharedCacheMaxMs?: number;
  summary: string;
  request?: { body?: z.ZodType; query?: z.ZodType };
  /** `contentType` for a response that is not JSON (a CSV download); the proxy passes the upstream's through. */
  response: { status: number; schema: z.ZodType; contentType?: string };
}
