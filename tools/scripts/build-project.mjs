// Compiles one project's src/ with swc into dist/<projectRoot>/src, mirroring the source tree so that the
// relative paths swc writes for @getit/* aliases stay valid between apps and libs at run time.
import { readFile, mkdir, writeFile, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { transformFile } from '@swc/core';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const projectRoot = process.argv[2];
if (!projectRoot) throw new Error('usage: build-project.mjs <projectRoot>');

const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;
delete swcrc.exclude;
swcrc.jsc.baseUrl = root;

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.ts$/.test(entry.name) && !/\.(spec|int-spec|d)\.ts$/.test(entry.name)) yield path;
  }
}

const srcDir = join(root, projectRoot, 'src');
const outDir = join(root, 'dist', projectRoot, 'src');
await rm(outDir, { recursive: true, force: true });
let count = 0;
for await (const file of sources(srcDir)) {
  const out = join(outDir, relative(srcDir, file)).replace(/\.ts$/, '.js');
  const { code, map } = await transformFile(file, { ...swcrc, swcrc: false, filename: file, outputPath: out });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
  if (map) await writeFile(`${out}.map`, map);
  count += 1;
}
console.log(`built ${projectRoot}: ${count} files -> ${relative(root, outDir)}`);
