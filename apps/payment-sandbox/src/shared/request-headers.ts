import type { IncomingHttpHeaders } from 'node:http';

/** Header lookup by name, case-insensitively (Node lower-cases incoming names); a repeated header gives its first value. */
export class RequestHeaders {
  constructor(private readonly headers: IncomingHttpHeaders) {}

  get(name: string): string | undefined {
    const value = this.headers[name.toLowerCase()];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined || first === '' ? undefined : first;
  }
}
