/**
 * Who is calling, as the gateway vouches after verifying their access token (identity headers). Auth still
 * checks roles, MFA and vendor scope itself before acting: defence in depth behind the gateway's checks.
 */
export interface Caller {
  userId: string;
  roles: readonly string[];
  vendorId?: string;
  /** The token's `amr` includes `mfa`. */
  mfa: boolean;
  sessionId?: string;
}
