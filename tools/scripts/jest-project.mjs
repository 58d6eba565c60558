// Runs one project's unit or integration tests with the shared jest.config.cjs and records the results
// in .test-results/ so tools/scripts/test.mjs can print one closing tally for the whole run.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

const [tier, projectRoot, projectName] = process.argv.slice(2);
const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const pattern = tier === 'integration' ? '\\.int-spec\\.ts$' : '(?<!int-)\\.spec\\.ts$';
mkdirSync(join(root, '.test-results'), { recursive: true });

const args = [
  join(root, 'node_modules/jest/bin/jest.js'),
  '-c', join(root, 'jest.config.cjs'),
  '--rootDir', join(root, projectRoot),
  '--testRegex', pattern,
  '--passWithNoTests',
  '--json', '--outputFile', join(root, '.test-results', `${projectName}.${tier}.json`),
];
if (tier === 'integration') args.push('--runInBand', '--testTimeout=90000');
else args.push('--maxWorkers=2');
if (process.env.CI) args.push('--ci');
const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
