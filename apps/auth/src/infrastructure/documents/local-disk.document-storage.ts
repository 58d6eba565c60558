import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentStorage, StoredDocument } from './document-storage.port';

const TYPES: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' };

/** Documents as files in one folder (the embedded mode's data folder); written whole or not at all. */
export class LocalDiskDocumentStorage implements DocumentStorage {
  readonly kind = 'local-disk';

  constructor(private readonly dir: string) {}

  async put(key: string, document: StoredDocument): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const path = join(this.dir, key);
    await writeFile(`${path}.partial`, document.bytes, { mode: 0o600 });
    await rename(`${path}.partial`, path);
  }

  async get(key: string): Promise<StoredDocument | undefined> {
    try {
      const bytes = await readFile(join(this.dir, key));
      return { bytes, contentType: TYPES[key.split('.').pop() ?? ''] ?? 'application/octet-stream' };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}
