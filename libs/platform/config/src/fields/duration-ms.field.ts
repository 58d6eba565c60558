import { z } from 'zod';
import { DefaultedEnvField, EnvField } from './env-field';

const DURATION = /^(\d+)(ms|s|m|h)?$/;
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
const RULE = 'must be a duration in milliseconds or with a unit, e.g. 500, 500ms, 30s, 5m, 1h';

/** A duration in milliseconds; `30s` and `5m` are accepted so that timeouts read naturally in manifests. */
export function durationMs(): EnvField<number>;
export function durationMs(defaultMs: number): DefaultedEnvField<number>;
export function durationMs(defaultMs?: number): EnvField<number> | DefaultedEnvField<number> {
  const field = z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => Number.isSafeInteger(toMs(value)), RULE)
    .transform(toMs);
  return defaultMs === undefined ? field : field.default(defaultMs);
}

function toMs(value: string): number {
  const match = DURATION.exec(value);
  return match ? Number(match[1]) * UNIT_MS[match[2] ?? 'ms'] : Number.NaN;
}
