export interface ShutdownStep {
  name: string;
  run: () => Promise<void>;
}

export interface GracefulShutdownOptions {
  /** Whole budget; Kubernetes' default grace period is 30 s, so stay under it. */
  timeoutMs?: number;
  log?: (level: 'info' | 'error', message: string, extra?: Record<string, unknown>) => void;
  exit?: (code: number) => void;
}

/**
 * Runs shutdown steps in the order they were added (stop taking HTTP, drain consumers, stop the relay, close
 * connections) once, on SIGTERM or SIGINT, and exits; a step that hangs past the budget forces exit code 1.
 */
export class GracefulShutdown {
  private readonly steps: ShutdownStep[] = [];
  private running?: Promise<void>;

  constructor(private readonly options: GracefulShutdownOptions = {}) {}

  add(name: string, run: () => Promise<void>): this {
    this.steps.push({ name, run });
    return this;
  }

  listen(signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): this {
    for (const signal of signals) {
      process.once(signal, () => {
        void this.shutdown(signal).then(
          () => (this.options.exit ?? process.exit)(0),
          () => (this.options.exit ?? process.exit)(1),
        );
      });
    }
    return this;
  }

  shutdown(reason = 'requested'): Promise<void> {
    this.running ??= this.runSteps(reason);
    return this.running;
  }

  private async runSteps(reason: string): Promise<void> {
    const log = this.options.log ?? (() => undefined);
    log('info', 'shutting down', { reason });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('shutdown timed out')), this.options.timeoutMs ?? 25_000);
      timer.unref();
    });
    try {
      await Promise.race([this.runInOrder(log), deadline]);
      log('info', 'shutdown complete');
    } catch (error) {
      log('error', 'shutdown did not complete', { err: error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async runInOrder(log: NonNullable<GracefulShutdownOptions['log']>): Promise<void> {
    for (const step of this.steps) {
      try {
        await step.run();
      } catch (error) {
        log('error', `shutdown step ${step.name} failed`, { err: error });
      }
    }
  }
}
