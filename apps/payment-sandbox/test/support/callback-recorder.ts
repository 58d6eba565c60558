import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string;
  /** The url-encoded form fields of a POST. */
  form: Record<string, string>;
}

/** The merchant's side of the wire in tests: records every callback, redirect and IPN it receives. */
export class CallbackRecorder {
  readonly requests: RecordedRequest[] = [];
  private server!: Server;
  private base = '';

  static async start(): Promise<CallbackRecorder> {
    const recorder = new CallbackRecorder();
    recorder.server = createServer((req, res) => {
      void recorder.record(req).then(() => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('OK');
      });
    });
    await new Promise<void>((resolve) => recorder.server.listen(0, '127.0.0.1', resolve));
    recorder.base = `http://127.0.0.1:${(recorder.server.address() as AddressInfo).port}`;
    return recorder;
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  to(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  clear(): void {
    this.requests.length = 0;
  }

  /** Waits until `count` requests reached `path` (server-side deliveries can trail the response). */
  async waitFor(path: string, count: number, timeoutMs = 5_000): Promise<RecordedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.to(path).length < count) {
      if (Date.now() > deadline)
        throw new Error(`expected ${count} requests to ${path}, got ${this.to(path).length}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.to(path);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async record(req: IncomingMessage): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.base);
    const contentType = String(req.headers['content-type'] ?? '');
    const body = Buffer.concat(chunks).toString('utf8');
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      contentType,
      form: contentType.startsWith('application/x-www-form-urlencoded')
        ? Object.fromEntries(new URLSearchParams(body))
        : {},
    });
  }
}
