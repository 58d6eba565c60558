import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

/** PGlite loads its WebAssembly with a dynamic import, which Jest's VM cannot run: it lives in a child process. */
const SERVER = `
const { PGlite } = require('@electric-sql/pglite');
const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
(async () => {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
  await server.start();
  process.stdout.write('listening ' + server.getServerConn() + '\\n');
  process.on('SIGTERM', async () => { await server.stop(); await db.close(); process.exit(0); });
})();
`;

/** An in-memory PGlite served on a free loopback port, as the embedded mode serves it. */
export class PgliteServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(): Promise<PgliteServerProcess> {
    const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening (\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`PGlite server exited with ${code}`)));
    });
    return new PgliteServerProcess(child, `postgres://postgres@${address}/postgres`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    await once(this.child, 'exit');
  }
}
