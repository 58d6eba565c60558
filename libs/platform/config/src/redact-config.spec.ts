import { z } from 'zod';
import { port } from './fields/port.field';
import { url } from './fields/url.field';
import { loadConfig } from './load-config';
import { redactConfig } from './redact-config';
import { sensitive } from './sensitive';

describe('redactConfig', () => {
  const schema = z.object({
    PORT: port(3000),
    DATABASE_URL: sensitive(url({ protocols: ['postgres:'] })),
    REDIS_PASSWORD: sensitive(z.string()).optional(),
    SMS_API_KEY: sensitive(z.string()).default('dev-key-123'),
  });

  it('replaces every set sensitive value and keeps the rest', () => {
    const config = loadConfig(schema, { DATABASE_URL: 'postgres://u:s3cr3t@db/catalog' });

    const redacted = redactConfig(schema, config);

    expect(redacted).toEqual({
      PORT: 3000,
      DATABASE_URL: '[redacted]',
      REDIS_PASSWORD: undefined,
      SMS_API_KEY: '[redacted]',
    });
    expect(JSON.stringify(redacted)).not.toContain('s3cr3t');
    expect(config.DATABASE_URL).toBe('postgres://u:s3cr3t@db/catalog');
  });
});
