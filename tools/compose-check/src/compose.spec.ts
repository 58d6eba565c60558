/**
 * Checks docker-compose.yml, the Dockerfile and each service's .env.example against each other and against
 * apps/, so what an operator would hit on `docker compose up` (a service missing, a dependency that never
 * becomes healthy, a variable the service rejects, an image that runs as root) fails here instead. No Docker
 * engine is needed; docs/adr/0004-container-images.md says what this cannot see.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { loadConfig } from '@getit/config';
import {
  appServices,
  configSchema,
  dependsOn,
  dotenv,
  environment,
  hostPort,
  imageOf,
  read,
  root,
  services,
  webApps,
} from './compose';
import { execForm, imageEnv, lastOf, parseCopy, stageChain, effectiveInstructions } from './dockerfile';

describe('docker-compose.yml', () => {
  it('parses, and every service has an image or a build', () => {
    expect(Object.keys(services).length).toBeGreaterThan(0);
    for (const [name, service] of Object.entries(services)) {
      expect({ name, hasImageOrBuild: Boolean(service.image || service.build) }).toEqual({
        name,
        hasImageOrBuild: true,
      });
    }
  });

  it('runs every service in apps/ (embedded aside), built from the repository Dockerfile', () => {
    expect(appServices.length).toBeGreaterThan(0);
    for (const name of appServices) {
      const service = services[name];
      expect({ name, inCompose: Boolean(service) }).toEqual({ name, inCompose: true });
      expect({ name, context: resolve(root, service.build?.context ?? '') }).toEqual({ name, context: root });
      const { dockerfile, path, target } = imageOf(name);
      expect({ name, target }).toEqual({ name, target: name });
      expect({ name, path, hasStage: dockerfile.stages.some((stage) => stage.name === target) }).toEqual({
        name,
        path,
        hasStage: true,
      });
    }
  });

  it('builds nothing that is not a service or a web app in apps/', () => {
    const built = Object.entries(services)
      .filter(([, service]) => service.build)
      .map(([name]) => name)
      .sort();
    expect(built).toEqual([...appServices, ...webApps].sort());
  });

  it('names only existing services in depends_on, and waits for them to be healthy', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, options] of Object.entries(dependsOn(service))) {
        expect({ name, dependency, exists: dependency in services }).toEqual({
          name,
          dependency,
          exists: true,
        });
        expect({ name, dependency, condition: options.condition }).toEqual({
          name,
          dependency,
          condition: 'service_healthy',
        });
      }
    }
  });

  it('gives every service a healthcheck', () => {
    for (const [name, service] of Object.entries(services)) {
      const test = service.healthcheck?.test;
      expect({ name, healthcheck: Boolean(test && test.length && !service.healthcheck?.disable) }).toEqual({
        name,
        healthcheck: true,
      });
    }
  });

  it('runs services with an init process and a restart policy', () => {
    for (const name of appServices) {
      expect({ name, init: services[name].init, restart: services[name].restart }).toEqual({
        name,
        init: true,
        restart: expect.stringMatching(/^(always|unless-stopped|on-failure)/),
      });
    }
  });

  // A PUBLIC_URL is where the host's browser is sent (the payment sandbox's shopper pages), so that port is
  // published too, on the port the URL names.
  it('publishes a host port for the gateway and PUBLIC_URL services only (infrastructure may publish too)', () => {
    for (const name of appServices) {
      const ports = services[name].ports ?? [];
      const { PORT: port, PUBLIC_URL: publicUrl } = environment(services[name]);
      if (name !== 'gateway' && !publicUrl) {
        expect({ name, ports }).toEqual({ name, ports: [] });
        continue;
      }
      expect(ports).toHaveLength(1);
      expect(String(ports[0])).toMatch(new RegExp(`:${port}$`));
      if (publicUrl) {
        const { host, port: browserPort } = hostPort(publicUrl);
        expect({ name, host }).toEqual({ name, host: expect.stringMatching(/^(localhost|127\.0\.0\.1)$/) });
        expect({ name, published: String(ports[0]).split(':').at(-2) }).toEqual({
          name,
          published: String(browserPort),
        });
      }
    }
  });

  it('sets, for each service, only variables its .env.example documents', () => {
    for (const name of appServices) {
      expect({ name, envExample: existsSync(join(root, 'apps', name, '.env.example')) }).toEqual({
        name,
        envExample: true,
      });
      const documented = Object.keys(dotenv(`apps/${name}/.env.example`));
      const unknown = Object.keys(environment(services[name])).filter((key) => !documented.includes(key));
      expect({ name, unknown }).toEqual({ name, unknown: [] });
    }
  });

  it('gives each service an environment its config accepts', () => {
    for (const name of appServices) {
      const schema = configSchema(name) as Parameters<typeof loadConfig>[0];
      // What the container sees: the image's ENV, overridden by compose.
      const env = { ...imageEnv(imageOf(name).dockerfile, name), ...environment(services[name]) };
      expect(() => loadConfig(schema, env, { service: name })).not.toThrow();
    }
  });

  it('points every service URL at a compose service, on the port that service listens on', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(environment(service))) {
        if (!/_URL$/.test(key) || !/^[a-z]+:\/\//.test(value)) continue;
        if (key === 'PUBLIC_URL') continue; // the host browser's address, not a service's: checked with ports
        const { host, port } = hostPort(value);
        expect({ name, key, host, isService: host in services }).toEqual({
          name,
          key,
          host,
          isService: true,
        });
        expect({ name, key, waitsFor: host in dependsOn(service) }).toEqual({ name, key, waitsFor: true });
        const calleePort = environment(services[host]).PORT;
        if (calleePort) expect({ name, key, port }).toEqual({ name, key, port: Number(calleePort) });
      }
    }
  });

  it('creates every database a service connects to, for the user it connects as', () => {
    const postgres = services.postgres;
    const pgEnv = environment(postgres);
    const initScripts = (postgres.volumes ?? [])
      .map((volume) => (typeof volume === 'string' ? volume.split(':') : [volume.source, volume.target]))
      .filter(([, target]) => target?.startsWith('/docker-entrypoint-initdb.d/'))
      .map(([source]) => readFileSync(resolve(root, source!), 'utf8'))
      .join('\n');
    const created = [...initScripts.matchAll(/CREATE DATABASE\s+"?(\w+)"?/gi)].map((match) => match[1]);
    for (const [name, service] of Object.entries(services)) {
      const databaseUrl = environment(service).DATABASE_URL;
      if (!databaseUrl) continue;
      const url = new URL(databaseUrl);
      expect({ name, host: url.hostname }).toEqual({ name, host: 'postgres' });
      expect({ name, user: url.username, password: url.password }).toEqual({
        name,
        user: pgEnv.POSTGRES_USER,
        password: pgEnv.POSTGRES_PASSWORD,
      });
      expect({
        name,
        database: url.pathname.slice(1),
        created: created.includes(url.pathname.slice(1)),
      }).toEqual({
        name,
        database: url.pathname.slice(1),
        created: true,
      });
      expect(dependsOn(service)).toHaveProperty('postgres');
    }
  });

  it('advertises Kafka under its service name, where every client bootstraps', () => {
    const kafkaEnv = environment(services.kafka);
    const advertised = kafkaEnv.KAFKA_ADVERTISED_LISTENERS.split(',').map((listener) => hostPort(listener));
    for (const { host } of advertised) expect(host).toBe('kafka');
    for (const [name, service] of Object.entries(services)) {
      const brokers = environment(service).KAFKA_BROKERS;
      if (!brokers) continue;
      for (const broker of brokers.split(',')) {
        expect({ name, advertised }).toEqual({
          name,
          advertised: expect.arrayContaining([hostPort(broker.trim())]),
        });
      }
      expect(dependsOn(service)).toHaveProperty('kafka');
    }
  });
});

describe('service images', () => {
  it.each(appServices)(
    '%s: multi-stage, non-root, production, right entry point, port and health',
    (name) => {
      const { dockerfile, target } = imageOf(name);
      const chain = stageChain(dockerfile, target);
      const instructions = effectiveInstructions(dockerfile, target);

      // Multi-stage: more than one FROM, and the image takes its build output from another stage.
      expect(dockerfile.stages.length).toBeGreaterThan(1);
      expect(instructions.some((i) => i.keyword === 'COPY' && parseCopy(i).from)).toBe(true);
      // Runs on a slim or distroless Node 20 base, not the full build image.
      expect(chain[0].from).toMatch(/node:20[^ ]*-slim|distroless\/nodejs20/);

      // Non-root, by numeric uid so Kubernetes' runAsNonRoot can verify it.
      const user = lastOf(dockerfile, target, 'USER')?.args.split(':')[0];
      expect(user).toMatch(/^\d+$/);
      expect(Number(user)).toBeGreaterThan(0);

      const env = imageEnv(dockerfile, target);
      expect(env.NODE_ENV).toBe('production');

      const cmd = execForm(lastOf(dockerfile, target, 'CMD')?.args ?? '[]');
      expect(cmd).toEqual(['node', `dist/apps/${name}/src/main.js`]);
      // Helm runs `node dist/apps/<svc>/src/main.js` from the image's WORKDIR: no ENTRYPOINT may wrap it.
      expect(lastOf(dockerfile, target, 'ENTRYPOINT')).toBeUndefined();
      const workdir = lastOf(dockerfile, target, 'WORKDIR')?.args;
      expect(workdir).toMatch(/^\//);

      // The code and, if the service has any, its migrations land where main.js looks for them.
      const copies = instructions.filter((i) => i.keyword === 'COPY').map(parseCopy);
      const dest = (path: string) => posix.resolve(workdir!, path);
      expect(copies.some((copy) => dest(copy.destination) === dest(`dist/apps/${name}`))).toBe(true);
      if (existsSync(join(root, 'apps', name, 'migrations'))) {
        expect(
          copies.some(
            (copy) =>
              dest(copy.destination) === dest(`apps/${name}/migrations`) &&
              copy.sources.some((source) => posix.normalize(source).endsWith(`apps/${name}/migrations`)),
          ),
        ).toBe(true);
      }

      // The port it listens on is the one it exposes and compose probes.
      const composePort = environment(services[name]).PORT;
      expect(env.PORT).toBe(composePort);
      const exposed = instructions.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.args.split(/\s+/));
      expect(exposed).toContain(composePort);

      const healthcheck = lastOf(dockerfile, target, 'HEALTHCHECK')?.args ?? '';
      expect(healthcheck).toMatch(/\bCMD\b/);
      expect(healthcheck).toContain('/healthz');
    },
  );

  it('keeps host installs, build output and secrets out of the build context', () => {
    const ignored = read('.dockerignore')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    for (const pattern of ['**/node_modules', 'dist', '.git', '**/.env']) expect(ignored).toContain(pattern);
    for (const needed of ['package-lock.json', 'package.json', 'apps', 'libs', 'tools/scripts']) {
      expect(ignored).not.toContain(needed);
    }
  });
});

describe('.env.example files', () => {
  it.each(appServices)('%s: documents exactly the variables its config reads, with valid values', (name) => {
    const path = `apps/${name}/.env.example`;
    const example = dotenv(path);
    const schema = configSchema(name);
    expect(Object.keys(example).sort()).toEqual(Object.keys(schema.shape).sort());
    expect(() =>
      loadConfig(schema as Parameters<typeof loadConfig>[0], example, { service: name }),
    ).not.toThrow();
    // Each variable has a comment right above it (the documentation is the point of the file).
    const lines = read(path).split(/\r?\n/);
    for (const key of Object.keys(example)) {
      const index = lines.findIndex((line) => line.startsWith(`${key}=`));
      expect({ key, documented: lines[index - 1]?.startsWith('#') }).toEqual({ key, documented: true });
    }
  });

  it('sits beside every service, and only beside services', () => {
    const examples = readdirSync(join(root, 'apps')).filter((dir) =>
      existsSync(join(root, 'apps', dir, '.env.example')),
    );
    expect(examples.sort()).toEqual(appServices);
  });
});
