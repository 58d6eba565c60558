import { resolve } from 'node:path';
import { bootConfig } from '@getit/config';
import { RateLimiter } from '@getit/rate-limit';
import {
  migrateService,
  RunningService,
  ServiceHost,
  ServiceRuntime,
  serviceMigrationsDir,
  SharedInfrastructure,
  systemContext,
} from '@getit/service-kit';
import { AuthModule } from './app.module';
import { AccountService } from './application/account.service';
import { AuditInboundService } from './application/audit-inbound.service';
import { AuditTrail } from './application/audit-trail';
import { CallerGuard } from './application/caller-guard';
import { DemoSeeder } from './application/demo-seeder';
import { MfaService } from './application/mfa.service';
import { OtpLoginService } from './application/otp-login.service';
import { PasswordLoginService } from './application/password-login.service';
import { PhoneVerification } from './application/phone-verification';
import { SavedAddressesService } from './application/saved-addresses.service';
import { SecondFactor } from './application/second-factor';
import { SessionsService } from './application/sessions.service';
import { SigningKeysService } from './application/signing-keys.service';
import { Throttle } from './application/throttle';
import { TokenIssuer } from './application/token-issuer';
import { VendorDecisionsService } from './application/vendor-decisions.service';
import { VendorOnboardingService } from './application/vendor-onboarding.service';
import { addressLimitsOf, authConfigSchema, AuthConfig, smsProviderOf } from './config/auth.config';
import { addressLimitOverrides } from './domain/rate-limit-rules';
import { AuditLogRepository } from './infrastructure/audit-log.repository';
import { AuthPrismaClient, AuthTx } from './infrastructure/auth-prisma';
import { derivedKey } from './infrastructure/crypto/key-derivation';
import { PasswordHasher } from './infrastructure/crypto/password-hasher';
import { SecretBox } from './infrastructure/crypto/secret-box';
import { OtpChallengesRepository } from './infrastructure/otp-challenges.repository';
import { SavedAddressesRepository } from './infrastructure/saved-addresses.repository';
import { SessionsRepository } from './infrastructure/sessions.repository';
import { SigningKeysRepository } from './infrastructure/signing-keys.repository';
import { DevSinkSmsSender } from './infrastructure/sms/dev-sink.sms-sender';
import { DisabledSmsSender } from './infrastructure/sms/disabled.sms-sender';
import { UsersRepository } from './infrastructure/users.repository';
import { VendorsRepository } from './infrastructure/vendors.repository';
import { AUTH_AUDIT_GROUP } from './messaging/audit-events.controller';
import { KYC_DOCUMENT_BODY_LIMIT, KYC_DOCUMENT_MEDIA_TYPES } from './api/kyc-documents.controller';
import { KycDocumentsService } from './application/kyc-documents.service';
import { DocumentStorage } from './infrastructure/documents/document-storage.port';
import { LocalDiskDocumentStorage } from './infrastructure/documents/local-disk.document-storage';
import { S3DocumentStorage } from './infrastructure/documents/s3.document-storage';

/** Migrations ship beside the compiled code: <root>/apps/auth/migrations from src or dist. */
export const AUTH_MIGRATIONS = serviceMigrationsDir(__dirname, 'auth');

/** Vendor applications carry up to ten document links; nothing auth accepts needs more. */
const BODY_LIMIT_BYTES = 32 * 1_024;

/**
 * Auth adds its rate limiter, repositories, signing keys, SMS sender, use cases, the demo seed and the handler of
 * other services' audit events.
 */
export async function startAuth(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('auth', authConfigSchema, env);
  const host = await ServiceHost.open<AuthPrismaClient, AuthTx>({
    name: 'auth',
    config,
    prisma: AuthPrismaClient,
    migrationsDir: AUTH_MIGRATIONS,
    shared,
  });
  const { db: prisma, unitOfWork, runtime } = host;
  const limiter = await openRateLimiter(config, runtime);

  const users = new UsersRepository(prisma);
  const sessionsRepo = new SessionsRepository(prisma);
  const vendors = new VendorsRepository(prisma);
  const guard = new CallerGuard(sessionsRepo);
  const auditLog = new AuditLogRepository(prisma);
  const audit = new AuditTrail(auditLog, guard);
  const throttle = new Throttle(limiter, addressLimitOverrides(addressLimitsOf(config)));
  const hasher = new PasswordHasher();
  const totpBox = new SecretBox(config.AUTH_KEY_ENCRYPTION_SECRET, 'totp-secrets');
  const keys = new SigningKeysService(
    new SigningKeysRepository(prisma),
    new SecretBox(config.AUTH_KEY_ENCRYPTION_SECRET, 'signing-keys'),
    config.SIGNING_KEY_ROTATION_MS,
    { unitOfWork, guard, audit, log: (message, extra) => host.log('info', message, extra) },
  );
  await keys.init();
  const sessions = new SessionsService(
    unitOfWork,
    sessionsRepo,
    users,
    new TokenIssuer(keys, config.ACCESS_TOKEN_TTL_MS),
    {
      audit,
      guard,
      throttle,
      refreshTtlMs: config.REFRESH_TOKEN_TTL_MS,
    },
  );
  const devSms = smsProviderOf(config) === 'dev-sink' ? new DevSinkSmsSender(prisma) : undefined;
  const phones = new PhoneVerification(
    unitOfWork,
    new OtpChallengesRepository(prisma),
    devSms ?? new DisabledSmsSender(),
    throttle,
    derivedKey(config.AUTH_KEY_ENCRYPTION_SECRET, 'otp-codes'),
  );
  const secondFactor = new SecondFactor(users, totpBox);

  if (config.SEED_DEMO_DATA) {
    const seeder = new DemoSeeder(users, vendors, unitOfWork, { hasher, totpBox, audit });
    const created = await seeder.seed({ ...systemContext('auth-demo-seed'), ip: undefined });
    host.logger.info({ created }, 'demo accounts seeded');
  }

  keys.start();
  runtime.onStop('consumers', async () => keys.stop());
  return host.serve({
    module: AuthModule.register({
      otp: new OtpLoginService(phones, users, unitOfWork, { sessions, secondFactor, audit }),
      passwords: new PasswordLoginService(users, hasher, unitOfWork, {
        phones,
        sessions,
        secondFactor,
        throttle,
        audit,
      }),
      sessions,
      account: new AccountService(users, guard),
      addresses: new SavedAddressesService(
        new SavedAddressesRepository(prisma, host.table('users')),
        unitOfWork,
        guard,
      ),
      mfa: new MfaService(unitOfWork, users, totpBox, { guard, sessions, throttle, audit }),
      onboarding: new VendorOnboardingService(vendors, users, unitOfWork, { guard, audit }),
      documents: new KycDocumentsService(documentStorageOf(config), guard, audit),
      decisions: new VendorDecisionsService(vendors, unitOfWork, { guard, audit }),
      audit,
      auditInbound: new AuditInboundService(unitOfWork, auditLog),
      keys,
      devSms,
    }),
    eventGroupId: AUTH_AUDIT_GROUP,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    // KYC documents arrive as raw PDF / JPEG / PNG bodies, up to their own limit
    configure: (fastify) =>
      fastify.addContentTypeParser(
        KYC_DOCUMENT_MEDIA_TYPES,
        { parseAs: 'buffer', bodyLimit: KYC_DOCUMENT_BODY_LIMIT },
        (_request, body, done) => done(null, body),
      ),
  });
}

/**
 * Where KYC documents go, from auth's validated config: `local` (default; a folder, for the embedded mode) or
 * `s3` (any S3-compatible endpoint, for the distributed mode, where containers have read-only file systems).
 */
function documentStorageOf(config: AuthConfig): DocumentStorage {
  if (config.DOCUMENT_STORAGE !== 's3')
    return new LocalDiskDocumentStorage(resolve(config.DOCUMENT_STORAGE_DIR ?? '.data/kyc-documents'));
  return new S3DocumentStorage({
    endpoint: config.DOCUMENT_S3_ENDPOINT!,
    bucket: config.DOCUMENT_S3_BUCKET!,
    region: config.DOCUMENT_S3_REGION ?? 'us-east-1',
    accessKeyId: config.DOCUMENT_S3_ACCESS_KEY_ID!,
    secretAccessKey: config.DOCUMENT_S3_SECRET_ACCESS_KEY!,
    timeoutMs: 10_000,
  });
}

/**
 * Redis when REDIS_URL is set (shared by replicas, checked in /readyz; start waits for it), else in-process
 * counters. Should Redis go away later, hits are counted in this process until it is back.
 */
async function openRateLimiter(config: AuthConfig, runtime: ServiceRuntime): Promise<RateLimiter> {
  if (!config.REDIS_URL) return RateLimiter.memory();
  const redis = RateLimiter.redis({
    url: config.REDIS_URL,
    keyPrefix: 'auth:rl:',
    onError: (error) => runtime.logger.warn({ err: error }, 'redis connection failed'),
  });
  await redis.connected().catch(async (error: unknown) => {
    await redis.close();
    throw error;
  });
  runtime.health.add('redis', () => redis.healthy());
  runtime.onStop('connections', () => redis.close());
  return redis;
}

export async function migrateAuth(env: NodeJS.ProcessEnv): Promise<void> {
  await migrateService('auth', bootConfig('auth', authConfigSchema, env), AUTH_MIGRATIONS);
}
