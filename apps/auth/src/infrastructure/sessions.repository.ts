import { AuthDb, AuthPrismaClient, RefreshTokenRow, SessionRow } from './auth-prisma';

export interface NewSession {
  id: string;
  userId: string;
  amr: string[];
  ip?: string;
  userAgent?: string;
  expiresAt: Date;
}

/** Sessions (one per login) and their families of rotating refresh tokens. */
export class SessionsRepository {
  constructor(private readonly prisma: AuthPrismaClient) {}

  async create(db: AuthDb, session: NewSession): Promise<SessionRow> {
    return db.session.create({ data: session });
  }

  async addRefreshToken(
    db: AuthDb,
    token: { id: string; sessionId: string; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await db.refreshToken.create({ data: token });
  }

  findRefreshToken(tokenHash: string): Promise<RefreshTokenRow | null> {
    return this.prisma.refreshToken.findUnique({ where: { tokenHash } });
  }

  /** Marks a token used, only if it was not already: false means someone used it first (reuse or a race). */
  async markRotated(db: AuthDb, tokenId: string, replacedBy: string, at: Date): Promise<boolean> {
    const { count } = await db.refreshToken.updateMany({
      where: { id: tokenId, rotatedAt: null },
      data: { rotatedAt: at, replacedBy },
    });
    return count === 1;
  }

  /**
   * Deletes every token of the session but `keepId`. Deleted rather than marked rotated: presenting one later
   * is an ordinary invalid token, not a reuse that would end the session it was replaced in.
   */
  async dropOthers(db: AuthDb, sessionId: string, keepId: string): Promise<void> {
    await db.refreshToken.deleteMany({ where: { sessionId, id: { not: keepId } } });
  }

  findSession(id: string, db: AuthDb = this.prisma): Promise<SessionRow | null> {
    return db.session.findUnique({ where: { id } });
  }

  async touch(db: AuthDb, id: string, at: Date, expiresAt: Date, amr?: string[]): Promise<void> {
    await db.session.update({ where: { id }, data: { lastUsedAt: at, expiresAt, ...(amr ? { amr } : {}) } });
  }

  /** Ends a session and so its whole refresh-token family; false when it had ended already. */
  async revoke(db: AuthDb, id: string, reason: string, at = new Date()): Promise<boolean> {
    const { count } = await db.session.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: at, revokedReason: reason },
    });
    return count === 1;
  }

  listActive(userId: string, now: Date): Promise<SessionRow[]> {
    return this.prisma.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: 'desc' },
      take: 100,
    });
  }
}
