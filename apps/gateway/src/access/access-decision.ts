import { AccessTokenClaims, Role } from '@getit/contracts';
import { isAdminRole, isPublic, RouteAccess, rolesNeedingMfa } from './route-access';

/** Why a known caller was turned away: no matching role, a missing second factor, or another vendor's data. */
export type ForbiddenReason = 'role' | 'mfa' | 'vendor';

export type AccessDecision =
  { outcome: 'allow' } | { outcome: 'unauthenticated' } | { outcome: 'forbidden'; reason: ForbiddenReason };

const ALLOW: AccessDecision = { outcome: 'allow' };

/**
 * The gateway's whole authorization rule, as a pure function of the route's declared access, the verified claims
 * (undefined: anonymous) and the path parameters. A caller gets in if any one of their roles that the route lists
 * satisfies the route on its own: second factor where needed, and the path's vendor where the route is scoped.
 */
export function decideAccess(
  access: RouteAccess,
  claims: AccessTokenClaims | undefined,
  params: Readonly<Record<string, string | undefined>>,
): AccessDecision {
  if (isPublic(access)) return ALLOW;
  if (!claims) return { outcome: 'unauthenticated' };
  const candidates = claims.roles.filter((role) => access.roles.includes(role));
  if (candidates.length === 0) return { outcome: 'forbidden', reason: 'role' };
  const needMfa = rolesNeedingMfa(access);
  const hasMfa = claims.amr.includes('mfa');
  const ownsVendor = (role: Role) =>
    !access.vendorScoped ||
    isAdminRole(role) ||
    (claims.vendorId !== undefined && claims.vendorId === params['vendorId']);
  if (candidates.some((role) => (hasMfa || !needMfa.includes(role)) && ownsVendor(role))) return ALLOW;
  // A second factor would have let one of the roles in: say so, so that clients can ask for it.
  const mfaWouldHelp = !hasMfa && candidates.some((role) => ownsVendor(role));
  return { outcome: 'forbidden', reason: mfaWouldHelp ? 'mfa' : 'vendor' };
}
