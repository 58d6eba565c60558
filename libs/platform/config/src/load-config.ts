import { z } from 'zod';
import { ConfigIssue, ConfigValidationError } from './config-validation.error';
import { isSensitive } from './sensitive';

export type EnvSource = Readonly<Record<string, string | undefined>>;

export interface LoadConfigOptions {
  /** Named in the error message: "Invalid configuration for <service>". */
  service?: string;
}

const MAX_ECHOED_LENGTH = 120;
const ROOT = '(config)';

/** Validates the variables named in `schema` and returns the typed config, or throws ConfigValidationError. */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: EnvSource = process.env,
  options: LoadConfigOptions = {},
): z.output<S> {
  const input = pickVariables(env, Object.keys(schema.shape));
  const result = schema.safeParse(input, { error: reportMissingAsRequired });
  if (result.success) return result.data;
  throw new ConfigValidationError(toConfigIssues(schema, input, result.error.issues), options.service);
}

/**
 * Only the schema's own variables are read, so a `.strict()` schema is not tripped by the rest of the
 * environment. An empty value counts as unset: orchestrators often render `FOO=` for "not configured".
 */
function pickVariables(env: EnvSource, names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, env[name] === '' ? undefined : env[name]]));
}

function reportMissingAsRequired(issue: z.core.$ZodRawIssue): string | undefined {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined;
}

function toConfigIssues(
  schema: z.ZodObject,
  input: Record<string, string | undefined>,
  issues: readonly z.core.$ZodIssue[],
): ConfigIssue[] {
  const reasonsByVariable = new Map<string, string[]>();
  for (const issue of issues) {
    const variable = issue.path.length ? issue.path.map(String).join('.') : ROOT;
    reasonsByVariable.set(variable, [...(reasonsByVariable.get(variable) ?? []), issue.message]);
  }
  return [...reasonsByVariable].map(([variable, reasons]) => {
    const field = schema.shape[variable];
    const value = input[variable];
    const reason = [...new Set(reasons)].join('; ');
    if (value === undefined || field === undefined) return { variable, reason };
    if (isSensitive(field)) return { variable, reason: scrub(reason, value) };
    return { variable, reason, received: echo(value) };
  });
}

/** A custom refinement message could quote the input; a secret must not survive that. */
function scrub(reason: string, secret: string): string {
  return secret.length >= 4 ? reason.split(secret).join('[redacted]') : reason;
}

/** Quotes a non-secret value, hiding URL passwords in case a connection string was not marked sensitive. */
function echo(value: string): string {
  const masked = URL.canParse(value) ? maskUrlPassword(value) : value;
  const shown = masked.length > MAX_ECHOED_LENGTH ? `${masked.slice(0, MAX_ECHOED_LENGTH)}…` : masked;
  return JSON.stringify(shown);
}

function maskUrlPassword(value: string): string {
  const url = new URL(value);
  if (!url.password) return value;
  url.password = '***';
  return url.toString();
}
