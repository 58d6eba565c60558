import { randomUUID } from 'node:crypto';
import { AuthResult, OtpRequestAccepted, OtpRequestBody, OtpVerifyBody } from '@getit/contracts';
import { isUniqueViolation } from '@getit/database';
import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { AuthTx, UserRow } from '../infrastructure/auth-prisma';
import { UsersRepository } from '../infrastructure/users.repository';
import { AuditTrail } from './audit-trail';
import { AuthContext } from './auth-context';
import { PhoneVerification } from './phone-verification';
import { SecondFactor } from './second-factor';
import { SessionsService } from './sessions.service';
import { Amr } from './token-issuer';
import { recordPhoneVerified, recordRegistered } from './user-events';

const WRONG_CODE = 'The code is wrong or has expired; request a new one if needed.';

/**
 * Log in or sign up with a mobile number and an SMS code. A number seen for the first time becomes a shopper
 * account; either way the number counts as verified, which is what lets its guest orders be claimed.
 */
export class OtpLoginService {
  constructor(
    private readonly phones: PhoneVerification,
    private readonly users: UsersRepository,
    private readonly unitOfWork: UnitOfWork<AuthTx>,
    private readonly deps: { sessions: SessionsService; secondFactor: SecondFactor; audit: AuditTrail },
  ) {}

  request(ctx: AuthContext, body: OtpRequestBody): Promise<OtpRequestAccepted> {
    return this.phones.send(ctx, body.phone);
  }

  async verify(ctx: AuthContext, body: OtpVerifyBody): Promise<AuthResult> {
    if (!(await this.phones.check(ctx, body.phone, body.code))) {
      await this.deps.audit.record(ctx, {
        action: 'auth.otp.verify',
        outcome: 'failure',
        targetType: 'phone',
        targetId: body.phone,
      });
      throw new UnauthenticatedException(WRONG_CODE);
    }
    const { user, created } = await this.verifiedUser(ctx, body);
    if (user.status !== 'active') throw new ForbiddenException('This account is disabled.');
    const amr: Amr[] = ['otp'];
    if (await this.deps.secondFactor.verify(user, body.totp)) amr.push('mfa');
    await this.deps.audit.record(ctx, {
      action: 'auth.otp.verify',
      outcome: 'success',
      actorId: user.id,
      actorRoles: [],
      targetType: 'user',
      targetId: user.id,
      details: { newUser: created },
    });
    return this.deps.sessions.start(ctx, user.id, amr, created);
  }

  /** The number's account, created or marked verified (with its events) in one transaction. */
  private async verifiedUser(
    ctx: AuthContext,
    body: OtpVerifyBody,
  ): Promise<{ user: UserRow; created: boolean }> {
    const existing = await this.users.findByPhone(body.phone);
    if (existing?.phoneVerifiedAt) return { user: existing, created: false };
    const now = new Date();
    try {
      return await this.unitOfWork.run(ctx, async ({ tx, record }) => {
        if (existing) {
          await this.users.markPhoneVerified(tx, existing.id, now);
          recordPhoneVerified(record, ctx, { ...existing, phoneVerifiedAt: now }, now);
          return { user: existing, created: false };
        }
        const user = await this.users.create(tx, {
          id: randomUUID(),
          kind: 'shopper',
          phone: body.phone,
          phoneVerifiedAt: now,
          locale: body.locale ?? ctx.locale,
          roles: ['shopper'],
        });
        recordRegistered(record, ctx, user);
        recordPhoneVerified(record, ctx, user, now);
        return { user, created: true };
      });
    } catch (error) {
      // Two first logins for one number at once: the other created the account; use it.
      if (!isUniqueViolation(error)) throw error;
      const user = await this.users.findByPhone(body.phone);
      if (!user) throw error;
      return { user, created: false };
    }
  }
}
