import { AuthPrismaClient, AuthTx, OtpChallengeRow } from './auth-prisma';

/** One-time code challenges; at most one is open per phone, and each counts its attempts atomically. */
export class OtpChallengesRepository {
  constructor(private readonly prisma: AuthPrismaClient) {}

  /** Opens a challenge and closes the phone's earlier ones, in the caller's transaction: only the newest works. */
  async open(
    tx: AuthTx,
    challenge: { id: string; phone: string; codeHash: string; expiresAt: Date; ip?: string },
  ): Promise<void> {
    await tx.otpChallenge.updateMany({
      where: { phone: challenge.phone, closedAt: null },
      data: { closedAt: new Date(), closedReason: 'superseded' },
    });
    await tx.otpChallenge.create({ data: challenge });
  }

  findOpen(phone: string): Promise<OtpChallengeRow | null> {
    return this.prisma.otpChallenge.findFirst({
      where: { phone, closedAt: null },
      orderBy: { createdAt: 'desc' },
    });
  }

  /**
   * Takes one attempt before the code is compared, in one conditional UPDATE, so parallel guesses cannot
   * exceed `maxAttempts`. False when the challenge is closed or out of attempts.
   */
  async takeAttempt(id: string, maxAttempts: number): Promise<boolean> {
    const { count } = await this.prisma.otpChallenge.updateMany({
      where: { id, closedAt: null, attempts: { lt: maxAttempts } },
      data: { attempts: { increment: 1 } },
    });
    return count === 1;
  }

  /** Closes an open challenge; false when it was closed already (a code works once). */
  async close(id: string, reason: 'verified' | 'exhausted'): Promise<boolean> {
    const { count } = await this.prisma.otpChallenge.updateMany({
      where: { id, closedAt: null },
      data: { closedAt: new Date(), closedReason: reason },
    });
    return count === 1;
  }
}
