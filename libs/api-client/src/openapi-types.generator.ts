import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const HEADER =
  "// Generated from the gateway's OpenAPI document (apps/gateway route table + libs/contracts schemas).\n" +
  '// Do not edit: run `npx nx run api-client:generate` (a test fails while this file is stale).\n\n';

/** TypeScript types (`paths`, `components`) for an OpenAPI 3.1 document, as openapi-typescript writes them. */
export function generateApiTypes(document: Record<string, unknown>): string {
  const script = join(__dirname, '..', 'scripts', 'openapi-to-ts.mjs');
  const types = execFileSync(process.execPath, [script], {
    input: JSON.stringify(document),
    encoding: 'utf8',
  });
  return HEADER + types;
}
