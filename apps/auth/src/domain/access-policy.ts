import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import { Caller } from './caller';
import { isAdminRole, isVendorRole } from './roles';

export function requireCaller(caller: Caller | undefined): Caller {
  if (!caller) throw new UnauthenticatedException();
  return caller;
}

/** An admin with one of `allowed` roles who proved a second factor in this session. */
export function assertAdmin(caller: Caller | undefined, allowed: readonly string[]): Caller {
  const known = requireCaller(caller);
  if (!known.roles.some((role) => allowed.includes(role))) {
    throw new ForbiddenException(`This needs one of the roles ${allowed.join(', ')}.`);
  }
  if (!known.mfa) {
    throw new ForbiddenException(
      'Admin actions need a session with a second factor: log in with your TOTP code.',
      {
        extensions: { mfaRequired: true },
      },
    );
  }
  return known;
}

export function isMfaAdmin(caller: Caller): boolean {
  return caller.mfa && caller.roles.some(isAdminRole);
}

/**
 * A vendor's data is for its own staff (the token's vendor) and MFA-verified admins. Anyone else gets 404 rather
 * than 403, so vendor ids cannot be probed.
 */
export function mayReadVendor(caller: Caller, vendorId: string): boolean {
  if (isMfaAdmin(caller)) return true;
  return caller.vendorId === vendorId && caller.roles.some(isVendorRole);
}
