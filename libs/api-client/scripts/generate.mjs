// Regenerates libs/api-client/src/generated/gateway-api.ts from the gateway route table: runs the staleness spec
// in update mode, so the file is written by exactly the code that checks it.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../../..');
const result = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/jest/bin/jest.js'),
    '-c',
    join(root, 'jest.config.cjs'),
    '--rootDir',
    join(root, 'libs/api-client'),
    '--testRegex',
    'openapi-types\\.spec\\.ts$',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, UPDATE_API_TYPES: '1' } },
);
process.exit(result.status ?? 1);
