import { timingSafeEqual } from 'node:crypto';
import type { CourierName } from '../../domain/shipment/courier-name';

/** The credential each courier's webhook must carry, as configured; an empty one refuses everything. */
export interface CourierWebhookSecrets {
  pathao: string;
  steadfast: string;
  redx: string;
}

const same = (given: string | undefined, expected: string): boolean => {
  if (!expected || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Checks a webhook's credential the courier's own way: Pathao's X-PATHAO-Signature equals the configured secret
 * (plain equality, not an HMAC), Steadfast's bearer token, RedX's token in the callback URL's query string.
 */
export class CourierWebhookGuard {
  constructor(private readonly secrets: CourierWebhookSecrets) {}

  genuine(
    courier: CourierName,
    headers: Record<string, string | string[] | undefined>,
    token?: string,
  ): boolean {
    const header = (name: string) => {
      const value = headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    if (courier === 'pathao') return same(header('x-pathao-signature'), this.secrets.pathao);
    if (courier === 'steadfast')
      return same(/^Bearer (.+)$/i.exec(header('authorization') ?? '')?.[1], this.secrets.steadfast);
    return same(token, this.secrets.redx);
  }
}
