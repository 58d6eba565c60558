import { join } from 'node:path';
import { createPrismaClient, runMigrations } from '@getit/database';
import { UnitOfWork } from '@getit/messaging';
import { createTestDatabase, TestDatabase } from '@getit/testing';
import { AuditTrail } from '../src/application/audit-trail';
import { CallerGuard } from '../src/application/caller-guard';
import { SigningKeysService } from '../src/application/signing-keys.service';
import { AuditLogRepository } from '../src/infrastructure/audit-log.repository';
import { AuthPrismaClient, AuthTx } from '../src/infrastructure/auth-prisma';
import { signJwt, verifyJwt } from '../src/infrastructure/crypto/es256-jwt';
import { SecretBox } from '../src/infrastructure/crypto/secret-box';
import { SessionsRepository } from '../src/infrastructure/sessions.repository';
import { SigningKeysRepository } from '../src/infrastructure/signing-keys.repository';
import { KEY_SECRET } from './auth.harness';

const DAY = 86_400_000;

describe('signing keys: creation, automatic rotation, publication', () => {
  let db: TestDatabase;
  let prisma: AuthPrismaClient;
  beforeAll(async () => {
    db = await createTestDatabase('auth_keys');
    await runMigrations({ databaseUrl: db.url, migrationsDir: join(__dirname, '..', 'migrations') });
    prisma = createPrismaClient(AuthPrismaClient, { url: db.url, poolMax: 4 });
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await db.drop();
  });

  /** One replica's key service, with its own clock. */
  function replica(now: () => Date, secret = KEY_SECRET, rotationMs = 30 * DAY): SigningKeysService {
    const guard = new CallerGuard(new SessionsRepository(prisma));
    return new SigningKeysService(
      new SigningKeysRepository(prisma),
      new SecretBox(secret, 'signing-keys'),
      rotationMs,
      {
        unitOfWork: new UnitOfWork<AuthTx>({ db: prisma }),
        guard,
        audit: new AuditTrail(new AuditLogRepository(prisma), guard),
        log: () => undefined,
        now,
      },
    );
  }
  const kids = async () =>
    (await prisma.signingKey.findMany({ orderBy: { createdAt: 'desc' } })).map((k) => k.kid);

  it('creates one first key however many replicas start at once', async () => {
    const start = new Date('2026-01-01T00:00:00Z');
    await Promise.all([
      replica(() => start).init(),
      replica(() => start).init(),
      replica(() => start).init(),
    ]);
    expect(await kids()).toHaveLength(1);
  });

  it('rotates a key once it is older than the rotation age, once across replicas', async () => {
    const [first] = await kids();
    const early = new Date('2026-01-20T00:00:00Z');
    expect(await replica(() => early).rotateIfDue()).toBe(false);
    const late = new Date('2026-02-01T00:00:00Z');
    const results = await Promise.all([replica(() => late).rotateIfDue(), replica(() => late).rotateIfDue()]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const after = await kids();
    expect(after).toHaveLength(2);
    expect(after[1]).toBe(first);
  });

  it('signs with the newest key and publishes exactly the newest two', async () => {
    const later = new Date('2026-03-05T00:00:00Z');
    const service = replica(() => later);
    await service.init();
    const all = await kids();
    expect(all).toHaveLength(3);
    const jwks = await service.jwks();
    expect(jwks.keys.map((k) => k.kid)).toEqual(all.slice(0, 2));
    const key = await service.current();
    expect(key.kid).toBe(all[0]);
    expect(await verifyJwt(await signJwt({ sub: 'x' }, key.kid, key.privateKey), jwks.keys as never)).toEqual(
      {
        sub: 'x',
      },
    );
  });

  it('cannot use the keys under another key-encryption secret', async () => {
    await expect(
      replica(() => new Date('2026-03-06T00:00:00Z'), `${KEY_SECRET}-other`).init(),
    ).rejects.toThrow();
  });
});
