import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import S3rver from 's3rver';
import { DocumentStorage } from '../src/infrastructure/documents/document-storage.port';
import { LocalDiskDocumentStorage } from '../src/infrastructure/documents/local-disk.document-storage';
import { S3DocumentStorage } from '../src/infrastructure/documents/s3.document-storage';

/**
 * One contract for both KYC document stores: the embedded mode's folder and an S3-compatible bucket. The bucket
 * here is s3rver (an S3 API in Node; no Docker, so no MinIO on this machine), which checks Signature V4 with its
 * own keys, so the adapter's signing is exercised for real.
 */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n');
let s3: S3rver;
let s3Endpoint = '';

beforeAll(async () => {
  s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: mkdtempSync(join(tmpdir(), 's3rver-')),
    configureBuckets: [{ name: 'getit-kyc', configs: [] }],
  });
  const { port } = await s3.run();
  s3Endpoint = `http://127.0.0.1:${port}`;
});
afterAll(() => s3?.close());

const s3Storage = (secretAccessKey = 'S3RVER') =>
  new S3DocumentStorage({
    endpoint: s3Endpoint,
    bucket: 'getit-kyc',
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey,
    timeoutMs: 5_000,
  });

describe.each([
  ['local disk', () => new LocalDiskDocumentStorage(mkdtempSync(join(tmpdir(), 'kyc-')))],
  ['S3-compatible bucket', () => s3Storage()],
] as [string, () => DocumentStorage][])('KYC document storage: %s', (_name, open) => {
  it('gives back exactly the bytes and type it was given', async () => {
    const storage = open();
    const key = `${randomUUID()}.pdf`;
    await storage.put(key, { bytes: pdf, contentType: 'application/pdf' });
    const read = await storage.get(key);
    expect(read?.contentType).toBe('application/pdf');
    expect(read?.bytes.equals(pdf)).toBe(true);
  });

  it('knows no document it was not given', async () => {
    expect(await open().get(`${randomUUID()}.png`)).toBeUndefined();
  });
});
