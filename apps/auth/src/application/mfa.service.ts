import { TokenPair, TotpConfirmBody, TotpSetupView } from '@getit/contracts';
import { ConflictException, UnauthenticatedException, ValidationException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { RATE_LIMITS } from '../domain/rate-limit-rules';
import { base32Encode } from '../domain/base32';
import { matchTotp, newTotpSecret, otpauthUrl, TOTP_DIGITS, TOTP_PERIOD_SECONDS } from '../domain/totp';
import { AuthTx } from '../infrastructure/auth-prisma';
import { SecretBox } from '../infrastructure/crypto/secret-box';
import { UsersRepository } from '../infrastructure/users.repository';
import { AuditTrail } from './audit-trail';
import { AuthContext } from './auth-context';
import { CallerGuard } from './caller-guard';
import { SessionsService } from './sessions.service';
import { Throttle } from './throttle';

/**
 * Turning TOTP on: setup hands out a secret (kept sealed as "pending"), confirm proves the app has it and
 * switches TOTP on. Confirming also upgrades the current session to `mfa`, so an admin who logged in with a
 * password only can act as an admin straight away.
 */
export class MfaService {
  constructor(
    private readonly unitOfWork: UnitOfWork<AuthTx>,
    private readonly users: UsersRepository,
    private readonly totpBox: SecretBox,
    private readonly deps: {
      guard: CallerGuard;
      sessions: SessionsService;
      throttle: Throttle;
      audit: AuditTrail;
      now?: () => number;
    },
  ) {}

  async setup(ctx: AuthContext): Promise<TotpSetupView> {
    const caller = await this.deps.guard.active(ctx);
    const user = await this.users.findById(caller.userId);
    if (!user) throw new UnauthenticatedException();
    if (user.totpEnabledAt) throw new ConflictException('TOTP is already on for this account.');
    const secret = newTotpSecret();
    await this.users.setPendingTotp(user.id, this.totpBox.seal(secret, `pending:${user.id}`));
    await this.deps.audit.record(ctx, {
      action: 'auth.totp.setup',
      outcome: 'success',
      targetType: 'user',
      targetId: user.id,
    });
    return {
      secret: base32Encode(secret),
      otpauthUrl: otpauthUrl(secret, user.email ?? user.phone ?? user.id),
      algorithm: 'SHA1',
      digits: TOTP_DIGITS,
      periodSeconds: TOTP_PERIOD_SECONDS,
    };
  }

  async confirm(ctx: AuthContext, body: TotpConfirmBody): Promise<TokenPair> {
    const caller = await this.deps.guard.active(ctx);
    await this.deps.throttle.check([{ rule: RATE_LIMITS.totpConfirmPerUser, key: caller.userId }]);
    const user = await this.users.findById(caller.userId);
    if (!user) throw new UnauthenticatedException();
    if (user.totpEnabledAt) throw new ConflictException('TOTP is already on for this account.');
    if (!user.totpPendingEnc) throw new ConflictException('Start with POST /auth/mfa/totp/setup.');
    const secret = this.totpBox.open(user.totpPendingEnc, `pending:${user.id}`);
    const step = matchTotp(secret, body.code, this.deps.now?.() ?? Date.now());
    if (step === undefined) {
      await this.deps.audit.record(ctx, {
        action: 'auth.totp.enable',
        outcome: 'failure',
        targetType: 'user',
        targetId: user.id,
      });
      throw new ValidationException('The code does not match.', [
        { field: 'code', reason: 'is not the current code from the authenticator app' },
      ]);
    }
    const refreshToken = await this.unitOfWork.run(ctx, async ({ tx }) => {
      if (!(await this.users.enableTotp(tx, user.id, this.totpBox.seal(secret, user.id), step))) {
        throw new ConflictException('TOTP is already on for this account.');
      }
      await this.deps.audit.record(
        ctx,
        { action: 'auth.totp.enable', outcome: 'success', targetType: 'user', targetId: user.id },
        tx,
      );
      return this.deps.sessions.upgradeToMfa(tx, caller.sessionId);
    });
    const session = await this.deps.sessions.sessionOf(caller.sessionId);
    return this.deps.sessions.pair(user.id, session, refreshToken);
  }
}
