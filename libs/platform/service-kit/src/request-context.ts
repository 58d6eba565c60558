import { randomUUID } from 'node:crypto';

export type Locale = 'en' | 'bn';

/**
 * Who is asking and on whose behalf, passed first to every application method. Services read the actor from
 * headers only the gateway sets (it strips them from clients' requests), so no service parses tokens itself.
 */
export interface RequestContext {
  correlationId: string;
  requestId: string;
  actor?: { id: string; roles: string[] };
  vendorId?: string;
  locale: Locale;
  /** The client's address as the gateway saw it (the first `x-forwarded-for` hop it sets), for audit trails. */
  ip?: string;
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(headers: Headers): string {
  const given = header(headers, 'x-request-id');
  return given && SAFE_ID.test(given) ? given : randomUUID();
}

export function requestContextFrom(headers: Headers, requestId: string): RequestContext {
  const correlation = header(headers, 'x-correlation-id');
  const actorId = header(headers, 'x-actor-id');
  const vendorId = header(headers, 'x-vendor-id');
  return {
    requestId,
    correlationId: correlation && SAFE_ID.test(correlation) ? correlation : requestId,
    actor: actorId
      ? { id: actorId, roles: (header(headers, 'x-actor-roles') ?? '').split(',').filter(Boolean) }
      : undefined,
    vendorId: vendorId || undefined,
    locale: /^bn\b/i.test(header(headers, 'accept-language') ?? '') ? 'bn' : 'en',
    ...clientIp(headers),
  };
}

function clientIp(headers: Headers): { ip?: string } {
  const first = header(headers, 'x-forwarded-for')?.split(',')[0]?.trim();
  return first && /^[0-9A-Fa-f.:]{2,64}$/.test(first) ? { ip: first } : {};
}

/** For work that no request started (consumers, sweepers, seeding). */
export function systemContext(correlationId: string = randomUUID()): RequestContext {
  return {
    correlationId,
    requestId: correlationId,
    actor: { id: 'system', roles: ['system'] },
    locale: 'en',
  };
}
