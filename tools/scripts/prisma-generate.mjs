// Generates every Prisma client in the repo (services' prisma/schema.prisma and test schemas), skipping the
// ones whose schema has not changed since the last generation. Prisma Client 7 needs no native engine; the CLI
// still insists on a schema-engine path, which generation never runs, so a placeholder stands in for it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const cacheDir = join(root, '.infra');
mkdirSync(cacheDir, { recursive: true });
const placeholder = join(cacheDir, 'prisma-schema-engine-placeholder');
if (!existsSync(placeholder)) {
  writeFileSync(placeholder, '#!/bin/sh\necho "schema engine not available: migrations are SQL files" >&2\nexit 1\n');
  chmodSync(placeholder, 0o755);
}

function* schemas(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.git', '.nx', 'generated'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* schemas(path);
    else if (entry.name === 'schema.prisma' && dir.endsWith('/prisma')) yield path;
  }
}

const prismaVersion = JSON.parse(readFileSync(join(root, 'node_modules/prisma/package.json'), 'utf8')).version;
for (const dir of ['apps', 'libs']) {
  for (const schema of schemas(join(root, dir))) {
    const text = readFileSync(schema, 'utf8');
    const output = resolve(dirname(schema), /output\s*=\s*"([^"]+)"/.exec(text)?.[1] ?? '../generated');
    const hash = createHash('sha256').update(prismaVersion).update(text).digest('hex');
    const stamp = join(output, '.schema-hash');
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) continue;
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules/prisma/build/index.js'), 'generate', '--schema', schema],
      { cwd: root, encoding: 'utf8', env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: '1' } },
    );
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr);
      process.exit(result.status ?? 1);
    }
    writeFileSync(stamp, hash);
    console.log(`prisma client generated for ${relative(root, schema)}`);
  }
}
