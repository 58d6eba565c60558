export interface StartedSandbox {
  url: string;
  stop(): Promise<void>;
}

/**
 * The `main` of a sandbox in its own process: starts it (configuration validated first, inside `start`), says
 * where it listens on stdout, stops on SIGTERM/SIGINT with exit code 0 (1 if stopping failed), and exits 1 with
 * the stack on stderr if it could not start.
 */
export function runSandboxMain<T extends StartedSandbox>(
  label: string,
  start: () => Promise<T>,
  where: (sandbox: T) => string = (sandbox) => sandbox.url,
): void {
  const main = async () => {
    const sandbox = await start();
    process.stdout.write(`${label} listening on ${where(sandbox)}\n`);
    const stop = () => {
      sandbox.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  };
  main().catch((error: unknown) => {
    process.stderr.write(
      `${label} failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  });
}
