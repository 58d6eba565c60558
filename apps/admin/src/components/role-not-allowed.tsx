import { ProblemAlert, ProblemError } from '@getit/ui/react';

const FORBIDDEN = new ProblemError({
  type: 'about:blank',
  title: 'Forbidden',
  status: 403,
  code: 'FORBIDDEN',
});

/** What a screen shows to a role the API would refuse (the same words as the API's 403). */
export function RoleNotAllowed() {
  return <ProblemAlert error={FORBIDDEN} />;
}
