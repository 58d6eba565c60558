import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import type { RequestContext } from '@getit/service-kit';

/**
 * Who may read payments: any admin (`admin:*`, behind the gateway's MFA check). Shoppers read their order's
 * payment through the order service, which knows whose order it is; this service does not know shoppers, so it
 * does not guess.
 */
export function requirePaymentReader(ctx: RequestContext): { id: string; roles: string[] } {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedException('Sign in as an admin to read payments.');
  if (!actor.roles.some((role) => role.startsWith('admin:')))
    throw new ForbiddenException('Reading payments needs an admin role (admin:*).');
  return actor;
}
