import { freePort } from './free-port';
import { ServiceProcess } from './service-process';

/**
 * A sandbox of simulators (apps/payment-sandbox, apps/courier-sandbox) as its own process, from its built
 * entry point, quiet, on a free port of 127.0.0.1: tests of other apps cannot import the sandbox itself.
 */
export class SandboxProcess {
  private process?: ServiceProcess;
  /** Where it listens once started. */
  url = '';

  /** `script`: the built main, e.g. dist/apps/courier-sandbox/src/main.js. */
  constructor(
    readonly name: string,
    private readonly script: string,
  ) {}

  async start(): Promise<this> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.process = await new ServiceProcess({
      name: this.name,
      script: this.script,
      env: { HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent' },
      url: this.url,
    }).start();
    return this;
  }

  async stop(): Promise<void> {
    await this.process?.stop();
  }

  /**
   * A call to its /__control API (`path` below /__control): JSON in and out, nothing for an empty answer, an error
   * naming the sandbox, the call and the answer when it is not 2xx. (The sandboxes' own client is in
   * @getit/sandbox-kit, which the testing library may not import.)
   */
  async control<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/__control${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${this.name} ${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
