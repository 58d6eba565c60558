import { z } from 'zod';
import { ConfigValidationError } from './config-validation.error';
import { bool } from './fields/bool.field';
import { brokerList } from './fields/broker-list.field';
import { logLevel } from './fields/log-level.field';
import { port } from './fields/port.field';
import { url } from './fields/url.field';
import { loadConfig } from './load-config';
import { sensitive } from './sensitive';

const schema = z.object({
  PORT: port(3000),
  DATABASE_URL: sensitive(url({ protocols: ['postgres:', 'postgresql:'] })),
  SEARCH_URL: url(),
  KAFKA_BROKERS: brokerList(),
  LOG_LEVEL: logLevel(),
  FEATURE_X: bool(false),
});

const validEnv = {
  DATABASE_URL: 'postgres://catalog:s3cr3t-pw@db:5432/catalog',
  SEARCH_URL: 'http://search:3000',
  KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092',
};

function failure(env: Record<string, string | undefined>, service?: string): ConfigValidationError {
  try {
    loadConfig(schema, env, { service });
  } catch (error) {
    if (error instanceof ConfigValidationError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  it('returns typed values with defaults applied', () => {
    const config = loadConfig(schema, validEnv);
    const typed: { PORT: number; KAFKA_BROKERS: string[]; FEATURE_X: boolean; LOG_LEVEL: string } = config;

    expect(typed).toBe(config);
    expect(config).toEqual({
      PORT: 3000,
      DATABASE_URL: validEnv.DATABASE_URL,
      SEARCH_URL: 'http://search:3000',
      KAFKA_BROKERS: ['kafka-1:9092', 'kafka-2:9092'],
      LOG_LEVEL: 'info',
      FEATURE_X: false,
    });
  });

  it('treats an empty variable as unset so the default applies', () => {
    expect(loadConfig(schema, { ...validEnv, PORT: '' }).PORT).toBe(3000);
  });

  it('ignores variables the schema does not name, even for a strict schema', () => {
    const strict = z.object({ PORT: port(3000) }).strict();

    expect(loadConfig(strict, { PORT: '8080', HOME: '/root' })).toEqual({ PORT: 8080 });
  });

  it('names a missing variable as required', () => {
    const { message } = failure({ ...validEnv, KAFKA_BROKERS: undefined }, 'catalog');

    expect(message).toBe('Invalid configuration for catalog:\n  - KAFKA_BROKERS: required');
  });

  it('names every bad variable with its reason and echoes non-secret values', () => {
    const error = failure({ SEARCH_URL: 'not a url', PORT: 'abc', KAFKA_BROKERS: 'kafka-1' }, 'catalog');

    expect(error.message).toBe(
      [
        'Invalid configuration for catalog:',
        '  - PORT: must be an integer between 1 and 65535 (got "abc")',
        '  - DATABASE_URL: required',
        '  - SEARCH_URL: must be a valid URL (got "not a url")',
        '  - KAFKA_BROKERS: must be a comma-separated list of host:port, e.g. "kafka-1:9092,kafka-2:9092" (got "kafka-1")',
      ].join('\n'),
    );
    expect(error.issues.map((issue) => issue.variable)).toEqual([
      'PORT',
      'DATABASE_URL',
      'SEARCH_URL',
      'KAFKA_BROKERS',
    ]);
  });

  it('never echoes the value of a sensitive variable', () => {
    const secretUrl = 'mysql://catalog:s3cr3t-pw@db:3306/catalog';
    const error = failure({ ...validEnv, DATABASE_URL: secretUrl });

    expect(error.message).toContain('DATABASE_URL: must be a URL with protocol postgres: or postgresql:');
    expect(error.message).not.toContain('s3cr3t');
    expect(error.message).not.toContain('mysql');
    expect(error.issues[0]).toEqual({
      variable: 'DATABASE_URL',
      reason: 'must be a URL with protocol postgres: or postgresql:',
    });
  });

  it('scrubs a secret that a custom message quotes', () => {
    const quoting = z.object({
      API_KEY: sensitive(
        z
          .string()
          .refine((value) => value.startsWith('sk_'), { error: (issue) => `bad key ${String(issue.input)}` }),
      ),
    });

    expect(() => loadConfig(quoting, { API_KEY: 'pk_live_12345' })).toThrow('API_KEY: bad key [redacted]');
  });

  it('hides the password of a URL that was not marked sensitive', () => {
    const cache = z.object({ CACHE_URL: url({ protocols: ['redis:'] }) });

    expect(() => loadConfig(cache, { CACHE_URL: 'http://user:hunter22@cache:6379' })).toThrow(
      'CACHE_URL: must be a URL with protocol redis: (got "http://user:***@cache:6379/")',
    );
  });

  it('says "Invalid configuration" without a service name', () => {
    expect(failure({}).message).toMatch(/^Invalid configuration:\n/);
  });
});
