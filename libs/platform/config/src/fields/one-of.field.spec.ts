import { logLevel } from './log-level.field';
import { nodeEnv } from './node-env.field';
import { oneOf } from './one-of.field';

describe('oneOf', () => {
  it('matches case-insensitively and lists the choices on failure', () => {
    const storage = oneOf(['s3', 'local']);

    expect(storage.parse(' S3 ')).toBe('s3');
    expect(storage.safeParse('gcs').error?.issues[0]?.message).toBe('must be one of s3, local');
  });
});

describe('logLevel', () => {
  it("defaults to 'info' and accepts 'silent'", () => {
    expect(logLevel().parse(undefined)).toBe('info');
    expect(logLevel().parse('silent')).toBe('silent');
  });

  it('rejects levels pino does not know', () => {
    expect(logLevel().safeParse('verbose').error?.issues[0]?.message).toBe(
      'must be one of fatal, error, warn, info, debug, trace, silent',
    );
  });
});

describe('nodeEnv', () => {
  it("defaults to 'development'", () => {
    expect(nodeEnv().parse(undefined)).toBe('development');
    expect(nodeEnv().parse('production')).toBe('production');
  });
});
