import { randomUUID } from 'node:crypto';
import { AuthResult, LoginBody, normaliseBdMobile, RegisterBody } from '@getit/contracts';
import { isUniqueViolation } from '@getit/database';
import { ConflictException, UnauthenticatedException, ValidationException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { passwordProblem } from '../domain/password-policy';
import { RATE_LIMITS } from '../domain/rate-limit-rules';
import { AuthTx } from '../infrastructure/auth-prisma';
import { PasswordHasher } from '../infrastructure/crypto/password-hasher';
import { UsersRepository } from '../infrastructure/users.repository';
import { AuditTrail } from './audit-trail';
import { AuthContext } from './auth-context';
import { PhoneVerification } from './phone-verification';
import { SecondFactor } from './second-factor';
import { SessionsService } from './sessions.service';
import { Throttle } from './throttle';
import { Amr } from './token-issuer';
import { recordPhoneVerified, recordRegistered } from './user-events';

/** One message for an unknown account, a wrong password and an account without a password: no enumeration. */
const WRONG_CREDENTIALS = 'The phone number, email or password is wrong.';

/** Accounts with a password: sign up with a phone (proved by SMS code) or an email, log in with either. */
export class PasswordLoginService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly unitOfWork: UnitOfWork<AuthTx>,
    private readonly deps: {
      phones: PhoneVerification;
      sessions: SessionsService;
      secondFactor: SecondFactor;
      throttle: Throttle;
      audit: AuditTrail;
    },
  ) {}

  async register(ctx: AuthContext, body: RegisterBody): Promise<AuthResult> {
    await this.deps.throttle.check([{ rule: RATE_LIMITS.registerPerIp, key: ctx.ip }]);
    const weak = passwordProblem(
      body.password,
      [body.phone, body.email].filter((v): v is string => !!v),
    );
    if (weak)
      throw new ValidationException('The password is too weak.', [{ field: 'password', reason: weak }]);
    if (body.phone && !(await this.deps.phones.check(ctx, body.phone, body.code ?? ''))) {
      throw new ValidationException('The phone number is not verified.', [
        { field: 'code', reason: 'is wrong or has expired' },
      ]);
    }
    if (body.phone && (await this.users.findByPhone(body.phone))) {
      throw new ConflictException('This number already has an account; log in instead.', {
        extensions: { field: 'phone' },
      });
    }
    if (body.email && (await this.users.findByEmail(body.email))) {
      throw new ConflictException('This email already has an account; log in instead.', {
        extensions: { field: 'email' },
      });
    }
    const passwordHash = await this.hasher.hash(body.password);
    const now = new Date();
    const user = await this.unitOfWork
      .run(ctx, async ({ tx, record }) => {
        const created = await this.users.create(tx, {
          id: randomUUID(),
          kind: 'shopper',
          phone: body.phone,
          phoneVerifiedAt: body.phone ? now : undefined,
          email: body.email,
          passwordHash,
          displayName: body.displayName,
          locale: body.locale ?? ctx.locale,
          roles: ['shopper'],
        });
        recordRegistered(record, ctx, created);
        recordPhoneVerified(record, ctx, created, now);
        await this.deps.audit.record(
          ctx,
          {
            action: 'auth.register',
            outcome: 'success',
            actorId: created.id,
            actorRoles: ['shopper'],
            targetType: 'user',
            targetId: created.id,
          },
          tx,
        );
        return created;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw new ConflictException('This phone number or email already has an account; log in instead.');
        }
        throw error;
      });
    return this.deps.sessions.start(ctx, user.id, body.phone ? ['pwd', 'otp'] : ['pwd'], true);
  }

  async login(ctx: AuthContext, body: LoginBody): Promise<AuthResult> {
    const identifier = parseIdentifier(body.identifier);
    const key = identifier.phone ?? identifier.email;
    await this.deps.throttle.check([
      { rule: RATE_LIMITS.loginPerIdentifier, key },
      { rule: RATE_LIMITS.loginPerIp, key: ctx.ip },
    ]);
    const user = identifier.phone
      ? await this.users.findByPhone(identifier.phone)
      : await this.users.findByEmail(identifier.email!);
    // An account reachable by phone and by email gets one count; an unknown one is counted the same way.
    const account = user?.id ?? `unknown:${key}`;
    await this.deps.throttle.check([{ rule: RATE_LIMITS.loginPerAccount, key: account }]);
    // Unknown accounts and accounts without a password pay for a hash too: timing tells nothing.
    const check = await this.hasher.verify(body.password, user?.passwordHash);
    if (!user || !check.ok || user.status !== 'active') {
      await this.deps.audit.record(ctx, {
        action: 'auth.login',
        outcome: 'failure',
        actorId: user?.id,
        actorRoles: [],
        targetType: 'user',
        targetId: user?.id,
        details: { reason: !user ? 'unknown-account' : !check.ok ? 'wrong-password' : 'disabled' },
      });
      throw new UnauthenticatedException(WRONG_CREDENTIALS);
    }
    if (check.needsRehash) await this.users.setPasswordHash(user.id, await this.hasher.hash(body.password));
    const amr: Amr[] = ['pwd'];
    try {
      if (await this.deps.secondFactor.verify(user, body.totp)) amr.push('mfa');
    } catch (error) {
      await this.deps.audit.record(ctx, {
        action: 'auth.login',
        outcome: 'failure',
        actorId: user.id,
        actorRoles: [],
        targetType: 'user',
        targetId: user.id,
        details: { reason: body.totp ? 'wrong-totp' : 'totp-missing' },
      });
      throw error;
    }
    await this.deps.throttle.reset(RATE_LIMITS.loginPerIdentifier, key!);
    await this.deps.throttle.reset(RATE_LIMITS.loginPerAccount, account);
    await this.deps.audit.record(ctx, {
      action: 'auth.login',
      outcome: 'success',
      actorId: user.id,
      actorRoles: [],
      targetType: 'user',
      targetId: user.id,
      details: { amr },
    });
    return this.deps.sessions.start(ctx, user.id, amr);
  }
}

function parseIdentifier(identifier: string): { phone?: string; email?: string } {
  if (identifier.includes('@')) return { email: identifier.trim().toLowerCase() };
  const phone = normaliseBdMobile(identifier);
  if (phone) return { phone };
  throw new ValidationException('The identifier is neither a phone number nor an email.', [
    { field: 'identifier', reason: 'must be a Bangladeshi mobile number or an email address' },
  ]);
}
