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
}
