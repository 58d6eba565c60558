import { AuthPrismaClient, AuthTx, Prisma, SigningKeyRow } from './auth-prisma';

/** "authkeys" in ASCII: the advisory lock that lets one replica at a time create or rotate keys. */
const ROTATION_LOCK = '7022647185781389683';

export class SigningKeysRepository {
  constructor(private readonly prisma: AuthPrismaClient) {}

  newest(limit: number, db: AuthPrismaClient | AuthTx = this.prisma): Promise<SigningKeyRow[]> {
    return db.signingKey.findMany({ orderBy: [{ createdAt: 'desc' }, { kid: 'asc' }], take: limit });
  }

  async insert(
    db: AuthTx,
    key: { kid: string; publicJwk: Prisma.InputJsonValue; privateKeyEnc: string; createdAt: Date },
  ): Promise<void> {
    await db.signingKey.create({ data: key });
  }

  /** Takes the rotation lock for the rest of the caller's transaction, so two replicas never rotate at once. */
  async lockRotation(tx: AuthTx): Promise<void> {
    await tx.$queryRawUnsafe(
      'SELECT true AS locked FROM (SELECT pg_advisory_xact_lock($1::bigint)) AS held',
      ROTATION_LOCK,
    );
  }
}
