import { MeView } from '@getit/contracts';
import { UnauthenticatedException } from '@getit/errors';
import { tokenRoles, totpRequired } from '../domain/roles';
import { UsersRepository } from '../infrastructure/users.repository';
import { AuthContext } from './auth-context';
import { CallerGuard } from './caller-guard';

/** The caller's own account. */
export class AccountService {
  constructor(
    private readonly users: UsersRepository,
    private readonly guard: CallerGuard,
  ) {}

  async me(ctx: AuthContext): Promise<MeView> {
    const caller = await this.guard.active(ctx);
    const identity = await this.users.identity(caller.userId);
    if (!identity) throw new UnauthenticatedException();
    const { user, directRoles, membership } = identity;
    const roles = tokenRoles(directRoles, membership);
    return {
      id: user.id,
      phone: user.phone ?? undefined,
      phoneVerified: user.phoneVerifiedAt !== null,
      email: user.email ?? undefined,
      displayName: user.displayName ?? undefined,
      locale: user.locale as MeView['locale'],
      roles,
      vendorId: membership?.vendorId,
      totpEnabled: user.totpEnabledAt !== null,
      totpRequired: totpRequired(roles) && user.totpEnabledAt === null,
      sessionId: caller.sessionId,
      mfa: caller.mfa,
    };
  }
}
