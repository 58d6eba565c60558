import { createEnvelope } from '@getit/contracts';
import { WorkScope } from '@getit/messaging';
import { AuthTx, UserRow } from '../infrastructure/auth-prisma';
import { AuthContext } from './auth-context';

/** The unit of work's `record`: the events are published if, and only if, its transaction commits. */
type ScopeRecord = WorkScope<AuthTx>['record'];

const origin = (ctx: AuthContext, user: UserRow) => ({
  producer: 'auth',
  correlationId: ctx.correlationId,
  key: user.id,
});

/** `auth.user-registered.v1`: ids and contact details, never a secret. */
export function recordRegistered(record: ScopeRecord, ctx: AuthContext, user: UserRow): void {
  record(
    createEnvelope(
      'auth.user-registered.v1',
      {
        userId: user.id,
        kind: user.kind as 'shopper' | 'vendor_staff' | 'admin',
        phone: user.phone ?? undefined,
        email: user.email ?? undefined,
        displayName: user.displayName ?? undefined,
        locale: user.locale as 'en' | 'bn',
      },
      origin(ctx, user),
    ),
  );
}

/** `auth.phone-verified.v1`: what the order service needs to hand a guest's orders to this account. */
export function recordPhoneVerified(record: ScopeRecord, ctx: AuthContext, user: UserRow, at: Date): void {
  if (!user.phone) return;
  record(
    createEnvelope(
      'auth.phone-verified.v1',
      { userId: user.id, phone: user.phone, verifiedAt: at.toISOString() },
      origin(ctx, user),
    ),
  );
}
