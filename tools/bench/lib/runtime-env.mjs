// The environment every service image sets (the Dockerfile's `runtime` stage: V8 heap flags, malloc arenas), so the
// benchmarks run the services as production does. Read from the Dockerfile itself: one place to change.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dockerfile = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'Dockerfile');

/** `ENV` of the stage `FROM … AS runtime` (up to the next FROM), as an object. */
export function runtimeEnv(text = readFileSync(dockerfile, 'utf8')) {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  const start = lines.findIndex((line) => /^FROM\s+\S+\s+AS\s+runtime\s*$/i.test(line.trim()));
  if (start < 0) throw new Error('Dockerfile: no stage named runtime');
  const env = {};
  for (const line of lines.slice(start + 1)) {
    if (/^FROM\s/i.test(line.trim())) break;
    const body = /^ENV\s+(.*)$/i.exec(line.trim())?.[1];
    if (!body) continue;
    for (const m of body.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|(\S*))/g)) env[m[1]] = m[3] ?? m[4];
  }
  return env;
}
