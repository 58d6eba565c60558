import { ForbiddenException, UnauthenticatedException } from '@getit/errors';

export const RATE_CARD_EDITOR_ROLES = ['admin:super-admin', 'admin:operations'] as const;

export interface Actor {
  id: string;
  roles: string[];
}

/** The service's own check behind the gateway's (which also demands MFA): only these admins edit prices. */
export function requireRateCardEditor(actor: Actor | undefined): Actor {
  if (!actor) throw new UnauthenticatedException('Sign in as an admin to edit the rate card.');
  if (!actor.roles.some((role) => (RATE_CARD_EDITOR_ROLES as readonly string[]).includes(role)))
    throw new ForbiddenException(
      `Editing the rate card needs one of the roles ${RATE_CARD_EDITOR_ROLES.join(', ')}.`,
    );
  return actor;
}
