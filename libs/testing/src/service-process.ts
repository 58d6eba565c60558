import { ChildProcess, spawn } from 'node:child_process';
import { waitFor } from './wait-for';

export interface ServiceProcessOptions {
  name: string;
  script: string;
  env: Record<string, string>;
  /** Where to poll `/readyz` until it answers 200 (within `readyTimeoutMs`, default 2 min: CI machines can be busy). */
  url: string;
  readyTimeoutMs?: number;
}

/**
 * A service running as its own OS process, as in production: started from its built entry point, ready when its
 * /readyz says so, stopped by signal. Its output is kept for the failure message.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private output: string[] = [];
  private exited?: Promise<number | null>;

  constructor(readonly options: ServiceProcessOptions) {}

  get url(): string {
    return this.options.url;
  }

  /** The running process's id (undefined before start): a test can tell a restart from a recovery. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<this> {
    const child = spawn(process.execPath, [this.options.script], {
      env: { ...process.env, NODE_OPTIONS: '', ...this.options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 400) this.output.splice(0, 100);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    let lastReadiness = 'no answer';
    try {
      await waitFor(
        `${this.options.name} to be ready`,
        async () => {
          if (child.exitCode !== null) throw new Error(`${this.options.name} exited with ${child.exitCode}`);
          const response = await fetch(`${this.options.url}/readyz`).catch(() => undefined);
          if (response) lastReadiness = `${response.status} ${await response.text()}`;
          return response?.status === 200;
        },
        { timeoutMs: this.options.readyTimeoutMs ?? 120_000, intervalMs: 100 },
      );
    } catch (error) {
      await this.stop('SIGKILL');
      throw new Error(
        `${(error as Error).message} (last /readyz: ${lastReadiness})\n` +
          `--- ${this.options.name} output ---\n${this.logs().slice(-4_000)}`,
      );
    }
    return this;
  }

  /** Stops the process by its own PID and waits for it to exit; returns its exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null)
      return this.child?.exitCode ?? null;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 20_000);
    try {
      return await this.exited!;
    } finally {
      clearTimeout(timer);
    }
  }

  logs(): string {
    return this.output.join('');
  }
}
