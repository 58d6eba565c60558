import { randomUUID } from 'node:crypto';
import { AuthResult, SessionList, TokenPair } from '@getit/contracts';
import { NotFoundException, UnauthenticatedException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { RATE_LIMITS } from '../domain/rate-limit-rules';
import { AuthDb, AuthTx } from '../infrastructure/auth-prisma';
import { newOpaqueToken, tokenHash } from '../infrastructure/crypto/opaque-token';
import { SessionsRepository } from '../infrastructure/sessions.repository';
import { UsersRepository } from '../infrastructure/users.repository';
import { AuditTrail } from './audit-trail';
import { AuthContext } from './auth-context';
import { CallerGuard } from './caller-guard';
import { Throttle } from './throttle';
import { Amr, TokenIssuer } from './token-issuer';

const INVALID_REFRESH = 'The refresh token is not valid; log in again.';

/**
 * Sessions and their rotating refresh tokens. Each refresh hands out a new refresh token and retires the old
 * one; a retired token presented again means it was copied, so the whole session (the token family) ends.
 */
export class SessionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork<AuthTx>,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly issuer: TokenIssuer,
    private readonly deps: {
      audit: AuditTrail;
      guard: CallerGuard;
      throttle: Throttle;
      refreshTtlMs: number;
      now?: () => Date;
    },
  ) {}

  /** A new session for someone who just proved who they are, with its first token pair. */
  async start(ctx: AuthContext, userId: string, amr: Amr[], newUser = false): Promise<AuthResult> {
    const now = this.now();
    const sessionId = randomUUID();
    const refreshToken = newOpaqueToken();
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      await this.sessions.create(tx, {
        id: sessionId,
        userId,
        amr,
        ip: ctx.ip,
        userAgent: ctx.userAgent?.slice(0, 300),
        expiresAt: this.refreshExpiry(now),
      });
      await this.addRefreshToken(tx, sessionId, refreshToken, now);
    });
    const pair = await this.pair(userId, { id: sessionId, amr }, refreshToken);
    return { ...pair, userId, newUser };
  }

  async refresh(ctx: AuthContext, refreshToken: string): Promise<TokenPair> {
    await this.deps.throttle.check([{ rule: RATE_LIMITS.refreshPerIp, key: ctx.ip }]);
    const now = this.now();
    const token = await this.sessions.findRefreshToken(tokenHash(refreshToken));
    if (!token) throw new UnauthenticatedException(INVALID_REFRESH);
    const session = await this.sessions.findSession(token.sessionId);
    if (!session || session.revokedAt || session.expiresAt <= now || token.expiresAt <= now) {
      throw new UnauthenticatedException(INVALID_REFRESH);
    }
    if (token.rotatedAt) return this.reused(ctx, session.id, session.userId);

    const next = newOpaqueToken();
    const rotated = await this.unitOfWork.run(ctx, async ({ tx }) => {
      const nextId = await this.addRefreshToken(tx, session.id, next, now);
      if (!(await this.sessions.markRotated(tx, token.id, nextId, now))) return false;
      await this.sessions.touch(tx, session.id, now, this.refreshExpiry(now));
      return true;
    });
    // Someone rotated this token between our read and our write: the same token was used twice.
    if (!rotated) return this.reused(ctx, session.id, session.userId);
    return this.pair(session.userId, session, next);
  }

  /** Ends the caller's current session: its refresh token stops working at once. */
  async logout(ctx: AuthContext): Promise<void> {
    const caller = await this.deps.guard.active(ctx);
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      await this.sessions.revoke(tx, caller.sessionId, 'logout');
      await this.deps.audit.record(
        ctx,
        { action: 'auth.logout', outcome: 'success', targetType: 'session', targetId: caller.sessionId },
        tx,
      );
    });
  }

  async list(ctx: AuthContext): Promise<SessionList> {
    const caller = await this.deps.guard.active(ctx);
    const rows = await this.sessions.listActive(caller.userId, this.now());
    return {
      items: rows.map((row) => ({
        id: row.id,
        current: row.id === caller.sessionId,
        amr: row.amr,
        ip: row.ip ?? undefined,
        userAgent: row.userAgent ?? undefined,
        createdAt: row.createdAt.toISOString(),
        lastUsedAt: row.lastUsedAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
      })),
    };
  }

  /** Ends one of the caller's sessions (a lost phone); someone else's answers 404 like a missing one. */
  async revoke(ctx: AuthContext, sessionId: string): Promise<void> {
    const caller = await this.deps.guard.active(ctx);
    const session = await this.sessions.findSession(sessionId);
    if (!session || session.userId !== caller.userId || session.revokedAt) {
      throw new NotFoundException('No such session.');
    }
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      await this.sessions.revoke(tx, sessionId, 'revoked-by-user');
      await this.deps.audit.record(
        ctx,
        { action: 'auth.session.revoke', outcome: 'success', targetType: 'session', targetId: sessionId },
        tx,
      );
    });
  }

  /**
   * The session proved a second factor (TOTP confirmed): it gains `mfa`, and a new pair is issued. Refresh
   * tokens issued before stop working, so the weaker tokens cannot be refreshed any more.
   */
  async upgradeToMfa(db: AuthDb, sessionId: string): Promise<string> {
    const session = await this.sessions.findSession(sessionId, db);
    if (!session) throw new UnauthenticatedException('This session has ended; log in again.');
    const now = this.now();
    const amr = [...new Set([...session.amr, 'mfa'])];
    const next = newOpaqueToken();
    const nextId = await this.addRefreshToken(db, sessionId, next, now);
    await this.sessions.dropOthers(db, sessionId, nextId);
    await this.sessions.touch(db, sessionId, now, this.refreshExpiry(now), amr);
    return next;
  }

  async sessionOf(sessionId: string): Promise<{ id: string; amr: string[] }> {
    const session = await this.sessions.findSession(sessionId);
    if (!session) throw new UnauthenticatedException('This session has ended; log in again.');
    return session;
  }

  /** The token pair for a session as it is now (roles re-read: a new vendor membership shows up here). */
  async pair(
    userId: string,
    session: { id: string; amr: readonly string[] },
    refreshToken: string,
  ): Promise<TokenPair> {
    const identity = await this.users.identity(userId);
    if (!identity || identity.user.status !== 'active') throw new UnauthenticatedException(INVALID_REFRESH);
    return {
      accessToken: await this.issuer.accessToken(identity, session),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: Math.floor(this.issuer.accessTtlMs / 1_000),
    };
  }

  private async reused(ctx: AuthContext, sessionId: string, userId: string): Promise<never> {
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      await this.sessions.revoke(tx, sessionId, 'refresh-token-reuse');
      await this.deps.audit.record(
        ctx,
        {
          action: 'auth.refresh.reuse-detected',
          outcome: 'denied',
          actorId: userId,
          actorRoles: [],
          targetType: 'session',
          targetId: sessionId,
        },
        tx,
      );
    });
    throw new UnauthenticatedException(INVALID_REFRESH);
  }

  private async addRefreshToken(db: AuthDb, sessionId: string, token: string, now: Date): Promise<string> {
    const id = randomUUID();
    await this.sessions.addRefreshToken(db, {
      id,
      sessionId,
      tokenHash: tokenHash(token),
      expiresAt: this.refreshExpiry(now),
    });
    return id;
  }

  private refreshExpiry(now: Date): Date {
    return new Date(now.getTime() + this.deps.refreshTtlMs);
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
