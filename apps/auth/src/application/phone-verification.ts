import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { OtpRequestAccepted } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { newOtpCode, OTP_MAX_ATTEMPTS, OTP_TTL_MS, otpMessage } from '../domain/otp-policy';
import { RATE_LIMITS } from '../domain/rate-limit-rules';
import { AuthTx } from '../infrastructure/auth-prisma';
import { OtpChallengesRepository } from '../infrastructure/otp-challenges.repository';
import { SmsSender } from '../infrastructure/sms/sms-sender';
import { AuthContext } from './auth-context';
import { Throttle } from './throttle';

/**
 * Proves a person holds a phone: a 6-digit code by SMS, kept only as an HMAC (keyed from the key-encryption
 * secret, so a database dump does not let anyone try the million codes offline), valid for 5 minutes and
 * 5 attempts, compared in constant time, usable once.
 */
export class PhoneVerification {
  constructor(
    private readonly unitOfWork: UnitOfWork<AuthTx>,
    private readonly challenges: OtpChallengesRepository,
    private readonly sms: SmsSender,
    private readonly throttle: Throttle,
    private readonly codeKey: Buffer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(ctx: AuthContext, phone: string): Promise<OtpRequestAccepted> {
    await this.throttle.check([
      { rule: RATE_LIMITS.otpRequestPerPhone, key: phone },
      { rule: RATE_LIMITS.otpRequestPerIp, key: ctx.ip },
    ]);
    const id = randomUUID();
    const code = newOtpCode();
    await this.unitOfWork.run(ctx, ({ tx }) =>
      this.challenges.open(tx, {
        id,
        phone,
        codeHash: this.hash(id, phone, code),
        expiresAt: new Date(this.now().getTime() + OTP_TTL_MS),
        ip: ctx.ip,
      }),
    );
    await this.sms.send(phone, otpMessage(code, ctx.locale));
    return { expiresInSeconds: OTP_TTL_MS / 1_000 };
  }

  /** True once for the right code of the phone's open, unexpired challenge with attempts left. */
  async check(ctx: AuthContext, phone: string, code: string): Promise<boolean> {
    await this.throttle.check([
      { rule: RATE_LIMITS.otpVerifyPerPhone, key: phone },
      { rule: RATE_LIMITS.otpVerifyPerIp, key: ctx.ip },
    ]);
    // Whether a challenge exists says nothing about accounts: codes are sent to any valid number.
    const challenge = await this.challenges.findOpen(phone);
    if (!challenge || challenge.expiresAt <= this.now()) return false;
    if (!(await this.challenges.takeAttempt(challenge.id, OTP_MAX_ATTEMPTS))) return false;
    const matches = timingSafeEqual(
      Buffer.from(challenge.codeHash, 'hex'),
      Buffer.from(this.hash(challenge.id, phone, code), 'hex'),
    );
    if (matches) return this.challenges.close(challenge.id, 'verified');
    if (challenge.attempts + 1 >= OTP_MAX_ATTEMPTS) await this.challenges.close(challenge.id, 'exhausted');
    return false;
  }

  private hash(challengeId: string, phone: string, code: string): string {
    return createHmac('sha256', this.codeKey).update(`${challengeId}|${phone}|${code}`).digest('hex');
  }
}
