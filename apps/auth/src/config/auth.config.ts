import { z } from 'zod';
import { bool, durationMs, oneOf, sensitive, url } from '@getit/config';
import {
  databaseConfig,
  httpServiceConfig,
  messagingConfig,
  requireBrokersForKafka,
} from '@getit/service-kit';
import { AddressLimits, RATE_LIMITS } from '../domain/rate-limit-rules';

/** A per-address limit (hits per its rule's window); 0 turns it off. */
function addressLimit(defaultValue: number) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, 'must be a whole number of attempts (0 turns the limit off)')
    .transform(Number)
    .default(defaultValue);
}

export const SMS_PROVIDERS = ['dev-sink', 'disabled'] as const;
export type SmsProvider = (typeof SMS_PROVIDERS)[number];

export const DOCUMENT_STORAGES = ['local', 's3'] as const;

export const authConfigSchema = z
  .object({
    ...httpServiceConfig(3003),
    ...databaseConfig,
    ...messagingConfig,
    /** Encrypts signing keys and TOTP secrets at rest and keys the OTP code hashes. */
    AUTH_KEY_ENCRYPTION_SECRET: sensitive(z.string().min(32, 'must be at least 32 characters')),
    ACCESS_TOKEN_TTL_MS: durationMs(15 * 60_000),
    REFRESH_TOKEN_TTL_MS: durationMs(30 * 24 * 3_600_000),
    SIGNING_KEY_ROTATION_MS: durationMs(30 * 24 * 3_600_000),
    REDIS_URL: sensitive(url({ protocols: ['redis:', 'rediss:'] })).optional(),
    SMS_PROVIDER: oneOf(SMS_PROVIDERS).optional(),
    SEED_DEMO_DATA: bool(false),
    /**
     * Per-address limits, high because one carrier-NAT address is thousands of subscribers
     * (docs/adr/0014-rate-limits-behind-carrier-nat.md); each phone, email and account has its own fixed limits.
     */
    RATE_LIMIT_LOGIN_PER_ADDRESS: addressLimit(RATE_LIMITS.loginPerIp.limit),
    RATE_LIMIT_OTP_REQUEST_PER_ADDRESS: addressLimit(RATE_LIMITS.otpRequestPerIp.limit),
    RATE_LIMIT_OTP_VERIFY_PER_ADDRESS: addressLimit(RATE_LIMITS.otpVerifyPerIp.limit),
    RATE_LIMIT_REGISTER_PER_ADDRESS: addressLimit(RATE_LIMITS.registerPerIp.limit),
    RATE_LIMIT_REFRESH_PER_ADDRESS: addressLimit(RATE_LIMITS.refreshPerIp.limit),
    /** Where KYC documents go: `local` (a folder; the embedded mode) or `s3` (any S3-compatible endpoint). */
    DOCUMENT_STORAGE: oneOf(DOCUMENT_STORAGES).optional(),
    DOCUMENT_STORAGE_DIR: z.string().min(1).optional(),
    DOCUMENT_S3_ENDPOINT: url({ protocols: ['https:', 'http:'] }).optional(),
    DOCUMENT_S3_BUCKET: z.string().min(3).max(63).optional(),
    DOCUMENT_S3_REGION: z.string().min(1).optional(),
    DOCUMENT_S3_ACCESS_KEY_ID: sensitive(z.string().min(1)).optional(),
    DOCUMENT_S3_SECRET_ACCESS_KEY: sensitive(z.string().min(1)).optional(),
  })
  .superRefine(requireBrokersForKafka)
  .superRefine((config, ctx) => {
    if (config.DOCUMENT_STORAGE !== 's3') return;
    for (const name of [
      'DOCUMENT_S3_ENDPOINT',
      'DOCUMENT_S3_BUCKET',
      'DOCUMENT_S3_ACCESS_KEY_ID',
      'DOCUMENT_S3_SECRET_ACCESS_KEY',
    ] as const)
      if (!config[name])
        ctx.addIssue({ code: 'custom', path: [name], message: 'is required with DOCUMENT_STORAGE=s3' });
  })
  .superRefine((config, ctx) => {
    if (config.NODE_ENV !== 'production') return;
    if (config.SMS_PROVIDER === 'dev-sink') {
      ctx.addIssue({
        code: 'custom',
        path: ['SMS_PROVIDER'],
        message: 'dev-sink serves codes over HTTP and is refused when NODE_ENV is production',
      });
    }
    if (config.SEED_DEMO_DATA) {
      ctx.addIssue({
        code: 'custom',
        path: ['SEED_DEMO_DATA'],
        message: 'demo accounts have published passwords and are refused when NODE_ENV is production',
      });
    }
  });

export type AuthConfig = z.output<typeof authConfigSchema>;

/** dev-sink outside production, where tests read codes back; in production nothing until a provider exists. */
export function smsProviderOf(config: AuthConfig): SmsProvider {
  return config.SMS_PROVIDER ?? (config.NODE_ENV === 'production' ? 'disabled' : 'dev-sink');
}

/** The configured per-address limits, by rule. */
export function addressLimitsOf(config: AuthConfig): AddressLimits {
  return {
    loginPerIp: config.RATE_LIMIT_LOGIN_PER_ADDRESS,
    otpRequestPerIp: config.RATE_LIMIT_OTP_REQUEST_PER_ADDRESS,
    otpVerifyPerIp: config.RATE_LIMIT_OTP_VERIFY_PER_ADDRESS,
    registerPerIp: config.RATE_LIMIT_REGISTER_PER_ADDRESS,
    refreshPerIp: config.RATE_LIMIT_REFRESH_PER_ADDRESS,
  };
}
