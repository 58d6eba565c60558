import { fetch } from 'undici';

export interface ProviderHttpAnswer {
  status: number;
  /** The body parsed as JSON when it is JSON, else undefined. */
  json: unknown;
  text: string;
}

/** The provider could not be reached, or did not answer within the timeout. */
export class ProviderUnreachableError extends Error {}

export interface ProviderHttpRequest {
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  query?: Record<string, string>;
}

/**
 * HTTP to a payment provider: undici's fetch with a timeout per call, redirects not followed, the body read as
 * JSON when it parses. Connection failures and timeouts throw ProviderUnreachableError; HTTP errors are answers.
 */
export class ProviderHttpClient {
  constructor(
    private readonly provider: string,
    private readonly timeoutMs: number,
  ) {}

  async call(
    method: 'GET' | 'POST',
    url: string,
    request: ProviderHttpRequest = {},
  ): Promise<ProviderHttpAnswer> {
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    let body: string | undefined;
    if (request.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.json);
    } else if (request.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(request.form).toString();
    }
    const target = request.query ? `${url}?${new URLSearchParams(request.query).toString()}` : url;
    try {
      const response = await fetch(target, {
        method,
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      return { status: response.status, json: parseJson(text), text };
    } catch (error) {
      const cause =
        error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : '';
      const what =
        (error as Error)?.name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : cause;
      throw new ProviderUnreachableError(`${this.provider} is unreachable (${what || 'connection failed'})`);
    }
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A JSON object's field as a string ('' when absent), for reading providers' loosely typed answers. */
export function field(body: unknown, name: string): string {
  if (body === null || typeof body !== 'object') return '';
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
