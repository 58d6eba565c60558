/**
 * docker-compose.yml, the Dockerfile and apps/ as the compose checks read them (compose.spec.ts, web-apps.spec.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { Dockerfile, parseDockerfile } from './dockerfile';

export const root = resolve(__dirname, '../../..');
export const read = (path: string) => readFileSync(join(root, path), 'utf8');

export interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; target?: string; args?: Record<string, string> };
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
  ports?: (string | number | { target?: number; published?: string | number; host_ip?: string })[];
  init?: boolean;
  restart?: string;
  volumes?: (string | { source?: string; target?: string })[];
}

export interface Compose {
  services: Record<string, ComposeService>;
}

/** Services this repository builds: every apps/<name> with a src/main.ts; embedded runs them all in one. */
export const appServices = readdirSync(join(root, 'apps'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'embedded')
  .filter((entry) => existsSync(join(root, 'apps', entry.name, 'src', 'main.ts')))
  .map((entry) => entry.name)
  .sort();

export const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose;
export const services = compose?.services ?? {};

export function environment(service: ComposeService): Record<string, string> {
  const raw = service.environment ?? {};
  const pairs = Array.isArray(raw)
    ? raw.map((entry) => [entry.split('=')[0], entry.split('=').slice(1).join('=')] as const)
    : Object.entries(raw).map(([key, value]) => [key, value === null ? '' : String(value)] as const);
  return Object.fromEntries(pairs);
}

/** `KEY=value` lines of an .env file; commented-out lines are documentation, not variables. */
export function dotenv(path: string): Record<string, string> {
  const entries = read(path)
    .split(/\r?\n/)
    .map((line) => /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1], match[2].trim()] as const);
  return Object.fromEntries(entries);
}

export interface ConfigSchema {
  shape: Record<string, unknown>;
}

/** The service's config schema: the `*ConfigSchema` export of apps/<service>/src/config/*.config.ts. */
export function configSchema(service: string): ConfigSchema {
  const dir = join(root, 'apps', service, 'src', 'config');
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.config.ts')) : [];
  for (const file of files) {
    const exports = require(join(dir, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (name.endsWith('ConfigSchema') && value && typeof value === 'object' && 'shape' in value) {
        return value as ConfigSchema;
      }
    }
  }
  throw new Error(`apps/${service}/src/config/*.config.ts exports no *ConfigSchema`);
}

export function dependsOn(service: ComposeService): Record<string, { condition?: string }> {
  const raw = service.depends_on ?? {};
  return Array.isArray(raw) ? Object.fromEntries(raw.map((name) => [name, {}])) : raw;
}

/** Where a service's image comes from: its Dockerfile (parsed) and build target. */
export function imageOf(name: string): { dockerfile: Dockerfile; path: string; target: string } {
  const build = services[name].build!;
  const context = resolve(root, build.context ?? '.');
  const path = resolve(context, build.dockerfile ?? 'Dockerfile');
  const dockerfile = parseDockerfile(readFileSync(path, 'utf8'));
  const target = build.target ?? dockerfile.stages.at(-1)?.name ?? '';
  return { dockerfile, path: relative(root, path), target };
}

export function hostPort(value: string): { host: string; port: number } {
  const match = /^(?:[a-z][\w+.-]*:\/\/)?(?:[^@/]*@)?([^:/]*):(\d+)/i.exec(value);
  if (!match) throw new Error(`no host:port in ${value}`);
  return { host: match[1], port: Number(match[2]) };
}

/** Web apps this repository builds: every apps/<name> with a Next config (their server is Next's, not main.ts). */
export const webApps = readdirSync(join(root, 'apps'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .filter((entry) =>
    ['js', 'mjs', 'ts'].some((ext) => existsSync(join(root, 'apps', entry.name, `next.config.${ext}`))),
  )
  .map((entry) => entry.name)
  .sort();
