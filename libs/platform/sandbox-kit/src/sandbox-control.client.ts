/**
 * Calls a sandbox's /__control API: JSON in and out, nothing for an empty answer (204), and an error naming the
 * sandbox, the call and the answer when it is not 2xx.
 */
export class SandboxControlClient {
  readonly baseUrl: string;

  /** `label` names the sandbox in errors, e.g. 'courier sandbox'. */
  constructor(
    baseUrl: string,
    private readonly label: string,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  async call<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/__control${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${this.label} ${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
