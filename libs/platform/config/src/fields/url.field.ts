import { z } from 'zod';
import { EnvField } from './env-field';

export interface UrlFieldOptions {
  /** Accepted schemes with the trailing colon, as `URL.protocol` reports them: `['postgres:', 'postgresql:']`. */
  protocols?: readonly string[];
}

/**
 * `scheme://` is required: WHATWG URL parsing accepts `search:3000` as a URL with protocol `search:`,
 * which is how a forgotten `http://` would otherwise slip through.
 */
const WITH_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\//i;

/** An absolute URL, kept as the original string (drivers want the string). */
export function url(options: UrlFieldOptions = {}): EnvField<string> {
  const protocols = options.protocols?.length ? options.protocols : undefined;
  const rule = protocols ? `must be a URL with protocol ${protocols.join(' or ')}` : 'must be a valid URL';
  return z
    .string()
    .trim()
    .refine((value) => isUrl(value) && (!protocols || protocols.includes(new URL(value).protocol)), rule);
}

function isUrl(value: string): boolean {
  return WITH_AUTHORITY.test(value) && URL.canParse(value);
}
