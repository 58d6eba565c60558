import { ConfigValidationError, loadConfig } from '@getit/config';
import { authConfigSchema, smsProviderOf } from './auth.config';

const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/auth',
  MESSAGING_TRANSPORT: 'in-process',
  AUTH_KEY_ENCRYPTION_SECRET: 'k'.repeat(40),
};

describe('auth config', () => {
  it('defaults: port 3003, 15-minute access tokens, 30-day refresh tokens and key rotation, dev SMS sink', () => {
    const config = loadConfig(authConfigSchema, base);
    expect(config).toMatchObject({
      PORT: 3003,
      ACCESS_TOKEN_TTL_MS: 900_000,
      REFRESH_TOKEN_TTL_MS: 2_592_000_000,
      SIGNING_KEY_ROTATION_MS: 2_592_000_000,
      SEED_DEMO_DATA: false,
    });
    expect(smsProviderOf(config)).toBe('dev-sink');
    expect(smsProviderOf(loadConfig(authConfigSchema, { ...base, NODE_ENV: 'production' }))).toBe('disabled');
  });

  it('refuses a short key-encryption secret without echoing it', () => {
    try {
      loadConfig(authConfigSchema, { ...base, AUTH_KEY_ENCRYPTION_SECRET: 'short-secret' });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      expect((error as Error).message).toContain('AUTH_KEY_ENCRYPTION_SECRET');
      expect((error as Error).message).not.toContain('short-secret');
    }
  });

  it('refuses the dev SMS sink and demo data in production', () => {
    expect(() =>
      loadConfig(authConfigSchema, {
        ...base,
        NODE_ENV: 'production',
        SMS_PROVIDER: 'dev-sink',
        SEED_DEMO_DATA: 'true',
      }),
    ).toThrow(/SMS_PROVIDER[\s\S]*SEED_DEMO_DATA|SEED_DEMO_DATA[\s\S]*SMS_PROVIDER/);
  });
});
