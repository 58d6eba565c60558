import { ForbiddenException, UnauthenticatedException } from '@getit/errors';

/** Who compares couriers: the admins who choose them (the gateway also demands a second factor). */
export const COURIER_PERFORMANCE_READER_ROLES = ['admin:super-admin', 'admin:operations'] as const;

/** The service's own check behind the gateway's. */
export function requireCourierPerformanceReader(actor: { roles: string[] } | undefined): void {
  if (!actor) throw new UnauthenticatedException('Sign in as an admin to see courier performance.');
  if (!actor.roles.some((role) => (COURIER_PERFORMANCE_READER_ROLES as readonly string[]).includes(role)))
    throw new ForbiddenException(
      `Courier performance needs one of the roles ${COURIER_PERFORMANCE_READER_ROLES.join(', ')}.`,
    );
}
