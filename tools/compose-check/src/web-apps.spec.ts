/**
 * Web apps (apps/<name> with a Next config, today the storefront) in docker-compose.yml and the Dockerfile: a
 * stage that runs Next's standalone server as a non-root user, and a compose service a browser can open that
 * waits for the gateway it renders pages from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { dependsOn, environment, hostPort, imageOf, root, services, webApps } from './compose';
import { effectiveInstructions, execForm, imageEnv, lastOf, parseCopy, stageChain } from './dockerfile';

describe('web apps', () => {
  it('are found in apps/ (the storefront at least)', () => {
    expect(webApps).toContain('storefront');
  });

  it.each(webApps)('%s: built from Next standalone output, which its build script produces', (name) => {
    const project = JSON.parse(readFileSync(join(root, 'apps', name, 'project.json'), 'utf8'));
    const config = ['ts', 'mjs', 'js']
      .map((ext) => join(root, 'apps', name, `next.config.${ext}`))
      .find(existsSync)!;
    expect(readFileSync(config, 'utf8')).toMatch(/output:\s*'standalone'/);
    expect(project.tags).toContain('type:app'); // the Dockerfile's build stage builds tag:type:app

    const { dockerfile, target } = imageOf(name);
    expect(target).toBe(name);
    const copies = effectiveInstructions(dockerfile, target)
      .filter((i) => i.keyword === 'COPY')
      .map(parseCopy);
    const workdir = lastOf(dockerfile, target, 'WORKDIR')?.args ?? '';
    expect(workdir).toMatch(/^\//);
    const standalone = copies.find((copy) =>
      copy.sources.some((s) => s.endsWith(`apps/${name}/.next/standalone`)),
    );
    expect(standalone).toMatchObject({ from: 'build' });
    expect(posix.resolve(workdir, standalone!.destination)).toBe(workdir);
    // The server Next writes at .next/standalone/apps/<name>/server.js, run from WORKDIR.
    expect(execForm(lastOf(dockerfile, target, 'CMD')?.args ?? '[]')).toEqual([
      'node',
      `apps/${name}/server.js`,
    ]);
    expect(lastOf(dockerfile, target, 'ENTRYPOINT')).toBeUndefined();
  });

  it.each(webApps)(
    '%s: slim Node 20, non-root, production, listening on all interfaces on its port',
    (name) => {
      const { dockerfile, target } = imageOf(name);
      expect(stageChain(dockerfile, target)[0]!.from).toMatch(/node:20[^ ]*-slim/);
      expect(lastOf(dockerfile, target, 'USER')?.args).toBe('10001:10001');
      const env = imageEnv(dockerfile, target);
      expect(env).toMatchObject({
        NODE_ENV: 'production',
        HOSTNAME: '0.0.0.0',
        NEXT_TELEMETRY_DISABLED: '1',
      });
      const exposed = effectiveInstructions(dockerfile, target)
        .filter((i) => i.keyword === 'EXPOSE')
        .flatMap((i) => i.args.split(/\s+/));
      expect(exposed).toContain(env.PORT);
      expect(lastOf(dockerfile, target, 'HEALTHCHECK')?.args).toContain('/healthz');
      // No service code or their node_modules: the standalone output carries what the server needs.
      const sources = effectiveInstructions(dockerfile, target)
        .filter((i) => i.keyword === 'COPY')
        .flatMap((i) => parseCopy(i).sources);
      expect(sources.filter((s) => s.includes('dist/') || s.endsWith('node_modules'))).toEqual([]);
    },
  );

  it.each(webApps)(
    '%s: a compose service on its port, published on loopback, rendering from the gateway',
    (name) => {
      const service = services[name]!;
      expect(service).toMatchObject({ init: true, build: { target: name } });
      const env = environment(service);
      const image = imageEnv(imageOf(name).dockerfile, name);
      expect(env.PORT).toBe(image.PORT);
      expect(env.HOSTNAME).toBe('0.0.0.0');
      expect(hostPort(env.GATEWAY_URL!)).toEqual({
        host: 'gateway',
        port: Number(environment(services.gateway!).PORT),
      });
      expect(dependsOn(service)).toEqual({ gateway: { condition: 'service_healthy' } });
      expect(service.ports).toEqual([`127.0.0.1:${env.PORT}:${env.PORT}`]);
      expect(hostPort(env.PUBLIC_URL!)).toEqual({ host: 'localhost', port: Number(env.PORT) });
      expect(JSON.stringify(service.healthcheck?.test)).toContain('/healthz');
    },
  );
});
