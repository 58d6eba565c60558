// Loaded into every Jest worker: points integration tests at the infrastructure a developer started with
// `npm run infra:up` when the test runner did not pass it in the environment.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

if (!process.env.KAFKA_BROKERS || !process.env.DATABASE_ADMIN_URL) {
  try {
    const infra = JSON.parse(readFileSync(join(__dirname, '../../.infra/infra.json'), 'utf8'));
    for (const [key, value] of Object.entries(infra.env ?? {})) process.env[key] ??= value;
  } catch {
    // no infra file: unit tests need none, integration tests say what is missing
  }
}
process.env.LOG_LEVEL ??= 'silent';
