import { join } from 'node:path';
import { z } from 'zod';
import { DocumentStorage } from './document-storage.port';
import { LocalDiskDocumentStorage } from './local-disk.document-storage';
import { S3DocumentStorage } from './s3.document-storage';

/**
 * Where KYC documents go, from the environment: `local` (default; a folder, for the embedded mode) or `s3` (any
 * S3-compatible endpoint, for the distributed mode, where containers have read-only file systems).
 */
const documentStorageConfig = z.discriminatedUnion('DOCUMENT_STORAGE', [
  z.object({
    DOCUMENT_STORAGE: z.literal('local'),
    DOCUMENT_STORAGE_DIR: z
      .string()
      .min(1)
      .default(join(process.cwd(), '.data', 'kyc-documents')),
  }),
  z.object({
    DOCUMENT_STORAGE: z.literal('s3'),
    DOCUMENT_S3_ENDPOINT: z.url({ protocol: /^https?$/ }),
    DOCUMENT_S3_BUCKET: z.string().min(3).max(63),
    DOCUMENT_S3_REGION: z.string().min(1).default('us-east-1'),
    DOCUMENT_S3_ACCESS_KEY_ID: z.string().min(1),
    DOCUMENT_S3_SECRET_ACCESS_KEY: z.string().min(1),
    DOCUMENT_S3_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  }),
]);

export function documentStorageFromEnv(env: NodeJS.ProcessEnv): DocumentStorage {
  const config = documentStorageConfig.parse({ DOCUMENT_STORAGE: 'local', ...env });
  if (config.DOCUMENT_STORAGE === 'local') return new LocalDiskDocumentStorage(config.DOCUMENT_STORAGE_DIR);
  return new S3DocumentStorage({
    endpoint: config.DOCUMENT_S3_ENDPOINT,
    bucket: config.DOCUMENT_S3_BUCKET,
    region: config.DOCUMENT_S3_REGION,
    accessKeyId: config.DOCUMENT_S3_ACCESS_KEY_ID,
    secretAccessKey: config.DOCUMENT_S3_SECRET_ACCESS_KEY,
    timeoutMs: config.DOCUMENT_S3_TIMEOUT_MS,
  });
}
