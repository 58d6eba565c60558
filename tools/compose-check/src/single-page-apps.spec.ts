/**
 * The single-page apps (apps/seller-portal, apps/admin: Vite builds) ship inside the gateway's image, which serves
 * them at /seller/ and /admin/: the stage copies each build from the build stage and points the gateway at it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { root } from './compose';
import { effectiveInstructions, imageEnv, lastOf, parseCopy, parseDockerfile } from './dockerfile';

const SPAS = [
  { name: 'seller-portal', variable: 'SELLER_PORTAL_DIR', base: '/seller/' },
  { name: 'admin', variable: 'ADMIN_DIR', base: '/admin/' },
].filter((spa) => existsSync(join(root, 'apps', spa.name, 'project.json')));

describe('single-page apps in the gateway image', () => {
  const dockerfile = parseDockerfile(readFileSync(join(root, 'Dockerfile'), 'utf8'));
  const env = imageEnv(dockerfile, 'gateway');
  const workdir = lastOf(dockerfile, 'gateway', 'WORKDIR')?.args ?? '';
  const copies = effectiveInstructions(dockerfile, 'gateway')
    .filter((i) => i.keyword === 'COPY')
    .map(parseCopy);

  it.each(SPAS)('$name: its Vite build, built as a type:app, is where the gateway looks for it', (spa) => {
    const project = JSON.parse(readFileSync(join(root, 'apps', spa.name, 'project.json'), 'utf8'));
    expect(project.tags).toContain('type:app'); // the build stage builds tag:type:app
    const copy = copies.find((c) => c.sources.includes(`/repo/apps/${spa.name}/dist`));
    expect(copy).toMatchObject({ from: 'build' });
    expect(env[spa.variable]).toBe(posix.resolve(workdir, copy!.destination));
  });

  it.each(SPAS)('$name: built for the path the gateway mounts it at', (spa) => {
    const config = readFileSync(join(root, 'apps', spa.name, 'vite.config.mts'), 'utf8');
    expect(config).toContain(`base: '${spa.base}'`);
  });
});
