/** The infrastructure an integration test talks to, as tools/scripts/test.mjs or `npm run infra:up` provide it. */
export interface InfraEnv {
  databaseAdminUrl: string;
  redisUrl: string;
  kafkaBrokers: string[];
}

export function infraEnv(): InfraEnv {
  const missing = ['DATABASE_ADMIN_URL', 'REDIS_URL', 'KAFKA_BROKERS'].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `Integration tests need real infrastructure; ${missing.join(', ')} not set. ` +
        'Run them through `npm test`, or start it once with `npm run infra:up`.',
    );
  }
  return {
    databaseAdminUrl: process.env['DATABASE_ADMIN_URL']!,
    redisUrl: process.env['REDIS_URL']!,
    kafkaBrokers: process.env['KAFKA_BROKERS']!.split(','),
  };
}

/** One id per `npm test` run, so a run's databases and topics never collide with another's. */
export function testRunId(): string {
  return (process.env['TEST_RUN_ID'] ?? `dev${process.pid}`).toLowerCase();
}
