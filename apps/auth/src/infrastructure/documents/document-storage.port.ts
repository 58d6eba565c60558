/** A stored file and its type. */
export interface StoredDocument {
  bytes: Buffer;
  contentType: string;
}

/**
 * Where KYC documents are kept: local disk in the embedded mode, an S3-compatible bucket in the distributed
 * mode. Keys are chosen by auth (a random UUID and an extension), never by the uploader.
 */
export interface DocumentStorage {
  readonly kind: 'local-disk' | 's3';
  put(key: string, document: StoredDocument): Promise<void>;
  /** Undefined when there is no such document. */
  get(key: string): Promise<StoredDocument | undefined>;
}
