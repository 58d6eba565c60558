import { resolve } from 'node:path';
import type { AuthConfig } from '../../config/auth.config';
import { DocumentStorage } from './document-storage.port';
import { LocalDiskDocumentStorage } from './local-disk.document-storage';
import { S3DocumentStorage } from './s3.document-storage';

/**
 * Where KYC documents go, from auth's validated config: `local` (default; a folder, for the embedded mode) or
 * `s3` (any S3-compatible endpoint, for the distributed mode, where containers have read-only file systems).
 */
export function documentStorageOf(config: AuthConfig): DocumentStorage {
  if (config.DOCUMENT_STORAGE !== 's3')
    return new LocalDiskDocumentStorage(resolve(config.DOCUMENT_STORAGE_DIR ?? '.data/kyc-documents'));
  return new S3DocumentStorage({
    endpoint: config.DOCUMENT_S3_ENDPOINT!,
    bucket: config.DOCUMENT_S3_BUCKET!,
    region: config.DOCUMENT_S3_REGION ?? 'us-east-1',
    accessKeyId: config.DOCUMENT_S3_ACCESS_KEY_ID!,
    secretAccessKey: config.DOCUMENT_S3_SECRET_ACCESS_KEY!,
    timeoutMs: 10_000,
  });
}
