import { randomUUID } from 'node:crypto';
import { ForbiddenException, NotFoundException } from '@getit/errors';
import { checkKycDocument, KYC_DOCUMENT_KEY } from '../domain/kyc-document.policy';
import { DocumentStorage, StoredDocument } from '../infrastructure/documents/document-storage.port';
import { AuditTrail } from './audit-trail';
import { AuthContext } from './auth-context';
import { CallerGuard } from './caller-guard';

/** Where the gateway serves a stored document; an application's `documents[].url` names it. */
export const KYC_DOCUMENTS_PATH = '/api/vendors/documents';

/** Applicants (shoppers about to apply) and a vendor's owner and managers upload documents. */
const UPLOADERS = ['shopper', 'vendor:owner', 'vendor:manager'];

export interface UploadedKycDocument {
  url: string;
  contentType: string;
  sizeBytes: number;
}

/**
 * KYC documents for vendor applications: checked (type, size, content), stored under a random key through the
 * storage port, audited. A document is read back by its key, an unguessable capability (a random UUID) that only
 * the application and the admins reviewing it hold.
 */
export class KycDocumentsService {
  constructor(
    private readonly storage: DocumentStorage,
    private readonly guard: CallerGuard,
    private readonly audit: AuditTrail,
  ) {}

  async upload(
    ctx: AuthContext,
    contentType: string | undefined,
    bytes: Buffer,
  ): Promise<UploadedKycDocument> {
    const caller = await this.guard.active(ctx);
    if (!caller.roles.some((role) => UPLOADERS.includes(role)))
      throw new ForbiddenException('Only applicants and vendor owners or managers upload KYC documents.');
    const { extension } = checkKycDocument(contentType, bytes);
    const type = contentType!.split(';')[0]!.trim().toLowerCase();
    const key = `${randomUUID()}.${extension}`;
    await this.storage.put(key, { bytes, contentType: type });
    await this.audit.record(ctx, {
      action: 'vendor.document.upload',
      outcome: 'success',
      targetType: 'document',
      targetId: key,
      details: { contentType: type, sizeBytes: bytes.length, storage: this.storage.kind },
    });
    return { url: `${KYC_DOCUMENTS_PATH}/${key}`, contentType: type, sizeBytes: bytes.length };
  }

  async read(key: string): Promise<StoredDocument> {
    const document = KYC_DOCUMENT_KEY.test(key) ? await this.storage.get(key) : undefined;
    if (!document) throw new NotFoundException('No such document.');
    return document;
  }
}
