import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import type { RequestContext } from '@getit/service-kit';

/** Money decisions: commission rules, payouts, ledger balances, paying a manual refund. */
export const FINANCE_ROLES = ['admin:finance', 'admin:super-admin'] as const;
/** Support may grant refunds too (a shopper's complaint); finance pays the manual ones. */
export const REFUND_ROLES = [...FINANCE_ROLES, 'admin:support'] as const;
const VENDOR_ROLES = ['vendor:owner', 'vendor:manager', 'vendor:staff'];

function actorOf(ctx: RequestContext, what: string): { id: string; roles: string[] } {
  if (!ctx.actor) throw new UnauthenticatedException(`Sign in to ${what}.`);
  return ctx.actor;
}

function requireAny(ctx: RequestContext, roles: readonly string[], what: string): string {
  const actor = actorOf(ctx, what);
  if (!actor.roles.some((role) => roles.includes(role)))
    throw new ForbiddenException(`To ${what} you need one of the roles ${roles.join(', ')}.`);
  return actor.id;
}

/** The actor id of a finance admin (or, with `allowSystem`, the scheduler acting as the system). */
export function requireFinance(
  ctx: RequestContext,
  what: string,
  options: { allowSystem?: boolean } = {},
): string {
  const roles = options.allowSystem ? [...FINANCE_ROLES, 'system'] : FINANCE_ROLES;
  return requireAny(ctx, roles, what);
}

export function requireRefunder(ctx: RequestContext): string {
  return requireAny(ctx, REFUND_ROLES, 'refund a shopper');
}

/** A vendor's statement: its own staff, or finance admins for any vendor. */
export function requireStatementReader(ctx: RequestContext, vendorId: string): string {
  const actor = actorOf(ctx, "read a vendor's statement");
  if (actor.roles.some((role) => (FINANCE_ROLES as readonly string[]).includes(role))) return actor.id;
  if (actor.roles.some((role) => VENDOR_ROLES.includes(role)) && ctx.vendorId === vendorId) return actor.id;
  throw new ForbiddenException(
    "A vendor's statement is for that vendor's staff and for finance admins (admin:finance, admin:super-admin).",
  );
}
