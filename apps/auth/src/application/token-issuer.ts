import { AccessTokenClaims } from '@getit/contracts';
import { tokenRoles } from '../domain/roles';
import { signJwt } from '../infrastructure/crypto/es256-jwt';
import { UserIdentity } from '../infrastructure/users.repository';
import { SigningKeysService } from './signing-keys.service';

export type Amr = AccessTokenClaims['amr'][number];

/** Access tokens: ES256 JWTs with the claims of `accessTokenClaims`, signed by the current key. */
export class TokenIssuer {
  constructor(
    private readonly keys: SigningKeysService,
    readonly accessTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async accessToken(
    identity: UserIdentity,
    session: { id: string; amr: readonly string[] },
  ): Promise<string> {
    const iat = Math.floor(this.now() / 1_000);
    const claims: AccessTokenClaims = {
      iss: 'getit-auth',
      aud: 'getit-api',
      sub: identity.user.id,
      sid: session.id,
      roles: tokenRoles(identity.directRoles, identity.membership),
      ...(identity.membership ? { vendorId: identity.membership.vendorId } : {}),
      amr: session.amr as Amr[],
      iat,
      exp: iat + Math.floor(this.accessTtlMs / 1_000),
    };
    const key = await this.keys.current();
    return signJwt(claims, key.kid, key.privateKey);
  }
}
