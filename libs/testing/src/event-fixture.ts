import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(__dirname, '../../contracts/src/fixtures');

/**
 * The payload (`data`) of an event's contract fixture, `libs/contracts/src/fixtures/<type>.json`: the one sample of
 * each event that the contract tests validate, for tests that publish it as another service would.
 * Type it at the call site: `eventFixture<EventPayload<'catalog.product-upserted.v1'>>('catalog.product-upserted.v1')`.
 */
export function eventFixture<T>(type: string): T {
  return (JSON.parse(readFileSync(join(FIXTURES, `${type}.json`), 'utf8')) as { data: T }).data;
}
