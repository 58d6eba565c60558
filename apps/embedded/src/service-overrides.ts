import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The services the embedded host runs, by the name of their folder under apps/. */
export const EMBEDDED_SERVICES = [
  'gateway',
  'catalog',
  'search',
  'auth',
  'inventory',
  'shipping',
  'order',
  'payment',
  'payment-sandbox',
] as const;
export type EmbeddedServiceName = (typeof EMBEDDED_SERVICES)[number];

/** What the host itself wires: overriding one would cut a service off from the others or from the database. */
const HOST_WIRED = new Set([
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_SCHEMA',
  'MESSAGING_TRANSPORT',
  'KAFKA_BROKERS',
  'CATALOG_URL',
  'SEARCH_URL',
  'AUTH_URL',
  'INVENTORY_URL',
  'SHIPPING_URL',
  'ORDER_URL',
  'PAYMENT_URL',
]);

const SEPARATOR = '__';
const prefixOf = (service: string) => service.toUpperCase().replace(/-/g, '_');

/** Every variable a service documents (its apps/<service>/.env.example); undefined when the file is not at hand. */
export type DocumentedVariables = (service: EmbeddedServiceName) => readonly string[] | undefined;

export interface ServiceOverrides {
  /** The variables to pass to one service, on top of what the host sets. */
  for(service: EmbeddedServiceName): Record<string, string>;
  /** Variables that look like a mistyped override; the host prints them as warnings. */
  warnings: string[];
}

export class ServiceOverridesError extends Error {
  override readonly name = 'ServiceOverridesError';
  constructor(readonly problems: string[]) {
    super(['Invalid per-service settings for npm start:', ...problems.map((p) => `  - ${p}`)].join('\n'));
  }
}

/**
 * Per-service settings for `npm start`: `<SERVICE>__<VARIABLE>=value` in the host's environment reaches that one
 * service as `<VARIABLE>=value` (`GATEWAY__RATE_LIMIT_IP_PER_MINUTE=0`, `PAYMENT_SANDBOX__LOG_LEVEL=info`). The
 * double underscore keeps them apart from variables that merely start with a service's name (`SHIPPING_URL`,
 * `PAYMENT_METHODS_ENABLED`). Names are checked here (a known service, a variable it documents, nothing the host
 * wires); values are checked by the service itself, which refuses to start naming the variable.
 */
export function parseServiceOverrides(
  env: NodeJS.ProcessEnv,
  documented: DocumentedVariables = documentedVariables,
): ServiceOverrides {
  const byService = new Map<EmbeddedServiceName, Record<string, string>>();
  const problems: string[] = [];
  const warnings: string[] = [];
  const services = new Map(EMBEDDED_SERVICES.map((service) => [prefixOf(service), service]));
  const documentedAnywhere = (variable: string) =>
    EMBEDDED_SERVICES.some((service) => documented(service)?.includes(variable));

  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const at = name.indexOf(SEPARATOR);
    if (at <= 0) {
      warnings.push(...singleUnderscoreLookalike(name, services, documented));
      continue;
    }
    const [prefix, variable] = [name.slice(0, at), name.slice(at + SEPARATOR.length)];
    const service = services.get(prefix);
    if (!service) {
      // Not ours (other tools use "__" too), unless it names a variable of one of our services.
      if (documentedAnywhere(variable))
        problems.push(`${name}: ${prefix} is not a service; use one of ${[...services.keys()].join(', ')}`);
      continue;
    }
    if (!/^[A-Z][A-Z0-9_]*$/.test(variable)) {
      problems.push(`${name}: "${variable}" is not a variable name`);
    } else if (HOST_WIRED.has(variable)) {
      problems.push(`${name}: ${variable} is wired by the embedded host and cannot be overridden`);
    } else if (documented(service) && !documented(service)!.includes(variable)) {
      problems.push(
        `${name}: ${service} has no variable ${variable} (apps/${service}/.env.example lists them)`,
      );
    } else {
      byService.set(service, { ...byService.get(service), [variable]: value });
    }
  }
  if (problems.length) throw new ServiceOverridesError(problems);
  return { for: (service) => ({ ...byService.get(service) }), warnings };
}

/** `GATEWAY_RATE_LIMIT_IP_PER_MINUTE` was probably meant as `GATEWAY__RATE_LIMIT_IP_PER_MINUTE`. */
function singleUnderscoreLookalike(
  name: string,
  services: Map<string, EmbeddedServiceName>,
  documented: DocumentedVariables,
): string[] {
  for (const [prefix, service] of services) {
    if (!name.startsWith(`${prefix}_`)) continue;
    const variable = name.slice(prefix.length + 1);
    if (documented(service)?.includes(variable))
      return [`${name} is not passed to ${service}; did you mean ${prefix}${SEPARATOR}${variable}?`];
  }
  return [];
}

const documentedCache = new Map<EmbeddedServiceName, string[] | undefined>();

/** Reads apps/<service>/.env.example from the repository the host runs in (from its sources or from dist/). */
export function documentedVariables(service: EmbeddedServiceName): readonly string[] | undefined {
  if (!documentedCache.has(service)) documentedCache.set(service, readEnvExample(service));
  return documentedCache.get(service);
}

function readEnvExample(service: EmbeddedServiceName): string[] | undefined {
  for (let dir = __dirname, level = 0; level < 6; level++, dir = dirname(dir)) {
    const path = join(dir, 'apps', service, '.env.example');
    if (existsSync(path))
      return [...readFileSync(path, 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
  }
  return undefined;
}
