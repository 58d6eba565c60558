import { UnauthenticatedException } from '@getit/errors';
import { requireCaller } from '../domain/access-policy';
import { Caller } from '../domain/caller';
import { SessionsRepository } from '../infrastructure/sessions.repository';
import { AuthContext } from './auth-context';

/**
 * The caller of an authenticated endpoint, checked against auth's own records: their session must still be
 * live. The gateway verified the token; a token outlives a logout by up to 15 minutes, auth's own endpoints do
 * not honour it that long.
 */
export class CallerGuard {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async active(ctx: AuthContext): Promise<Caller & { sessionId: string }> {
    const caller = requireCaller(ctx.caller);
    if (!caller.sessionId) throw new UnauthenticatedException('The request carries no session.');
    const session = await this.sessions.findSession(caller.sessionId);
    if (
      !session ||
      session.userId !== caller.userId ||
      session.revokedAt ||
      session.expiresAt <= this.now()
    ) {
      throw new UnauthenticatedException('This session has ended; log in again.');
    }
    return { ...caller, sessionId: caller.sessionId };
  }
}
