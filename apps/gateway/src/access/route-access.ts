import { Role } from '@getit/contracts';

/**
 * Who may call a route. `public` routes answer anyone (a token, if sent, must still be valid). Otherwise the token
 * needs one of `roles`; admin roles always need a second factor (`mfa` in the token's `amr`), and `mfa: true`
 * extends that to every role of the route. A `vendorScoped` route has a `:vendorId` path parameter that must be
 * the token's own vendor; admin roles listed on the route may act on any vendor.
 */
export type RouteAccess = { public: true } | { roles: Role[]; mfa?: boolean; vendorScoped?: boolean };

export type ProtectedAccess = Extract<RouteAccess, { roles: Role[] }>;

export function isAdminRole(role: Role): boolean {
  return role.startsWith('admin:');
}

export function isPublic(access: RouteAccess): access is { public: true } {
  return 'public' in access && access.public === true;
}

/** The roles of a route that get through only with a second factor. */
export function rolesNeedingMfa(access: RouteAccess): Role[] {
  if (isPublic(access)) return [];
  return access.mfa === true ? [...access.roles] : access.roles.filter(isAdminRole);
}
