import { createHash, createHmac } from 'node:crypto';
import { DependencyUnavailableException } from '@getit/errors';
import { DocumentStorage, StoredDocument } from './document-storage.port';

export interface S3Settings {
  /** e.g. https://s3.ap-southeast-1.amazonaws.com, or a MinIO / Ceph / R2 endpoint. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  timeoutMs: number;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/**
 * Documents in an S3-compatible bucket (path-style URLs, so MinIO and friends work too), over plain HTTPS with
 * Signature Version 4: no SDK, two calls. Objects stay private; only auth reads them back.
 */
export class S3DocumentStorage implements DocumentStorage {
  readonly kind = 's3';

  constructor(
    private readonly settings: S3Settings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async put(key: string, document: StoredDocument): Promise<void> {
    const response = await this.send('PUT', key, document.bytes, { 'content-type': document.contentType });
    if (!response.ok) throw this.unavailable('PUT', response.status, await response.text());
  }

  async get(key: string): Promise<StoredDocument | undefined> {
    const response = await this.send('GET', key);
    if (response.status === 404) return undefined;
    if (!response.ok) throw this.unavailable('GET', response.status, await response.text());
    return {
      bytes: Buffer.from(await response.arrayBuffer()),
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
    };
  }

  private async send(
    method: 'GET' | 'PUT',
    key: string,
    body?: Buffer,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    const url = new URL(
      `${this.settings.endpoint.replace(/\/$/, '')}/${encodeURIComponent(this.settings.bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`,
    );
    const headers = this.signedHeaders(method, url, body ?? Buffer.alloc(0), extra);
    try {
      return await fetch(url, {
        method,
        headers,
        body: body ? new Uint8Array(body) : undefined,
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      throw new DependencyUnavailableException(
        `Document storage is unreachable (${(error as Error).message}).`,
      );
    }
  }

  /** AWS Signature Version 4 for one request (the payload's hash signed too). */
  signedHeaders(
    method: string,
    url: URL,
    body: Buffer,
    extra: Record<string, string>,
  ): Record<string, string> {
    const { region, accessKeyId, secretAccessKey } = this.settings;
    const amzDate = this.now()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const day = amzDate.slice(0, 8);
    const headers: Record<string, string> = {
      host: url.host,
      'x-amz-content-sha256': sha256(body),
      'x-amz-date': amzDate,
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k.toLowerCase(), v.trim()])),
    };
    const names = Object.keys(headers).sort();
    const canonical = [
      method,
      url.pathname,
      '',
      ...names.map((name) => `${name}:${headers[name]}`),
      '',
      names.join(';'),
      headers['x-amz-content-sha256'],
    ].join('\n');
    const scope = `${day}/${region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, day), region), 's3'), 'aws4_request');
    const signature = createHmac('sha256', key).update(toSign).digest('hex');
    const { host: _host, ...sent } = headers;
    return {
      ...sent,
      authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
    };
  }

  private unavailable(method: string, status: number, body: string): Error {
    return new DependencyUnavailableException(
      `Document storage answered ${method} with ${status}: ${body.slice(0, 200)}`,
    );
  }
}
