import { UnauthenticatedException } from '@getit/errors';
import { matchTotp } from '../domain/totp';
import { SecretBox } from '../infrastructure/crypto/secret-box';
import { UserRow } from '../infrastructure/auth-prisma';
import { UsersRepository } from '../infrastructure/users.repository';

/**
 * The TOTP step of a login, for accounts that turned TOTP on: the code must match (±1 step) and must not
 * have been used before. Accounts without TOTP pass with no second factor.
 */
export class SecondFactor {
  constructor(
    private readonly users: UsersRepository,
    private readonly totpBox: SecretBox,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when a second factor was proved; throws when one is needed and missing or wrong. */
  async verify(user: UserRow, code: string | undefined): Promise<boolean> {
    if (!user.totpEnabledAt || !user.totpSecretEnc) return false;
    if (!code) {
      throw new UnauthenticatedException('This account also needs a code from its authenticator app.', {
        extensions: { totpRequired: true },
      });
    }
    const secret = this.totpBox.open(user.totpSecretEnc, user.id);
    const lastStep = user.totpLastStep === null ? null : Number(user.totpLastStep);
    const step = matchTotp(secret, code, this.now(), lastStep);
    if (step === undefined || !(await this.users.useTotpStep(user.id, step))) {
      throw new UnauthenticatedException('The authenticator code is wrong or was already used.', {
        extensions: { totpRequired: true },
      });
    }
    return true;
  }
}
