import { DomainException, ErrorCode, ValidationException } from '@getit/errors';

/** The largest KYC document accepted: a phone photo of an NID or a scanned licence fits easily. */
export const KYC_DOCUMENT_MAX_BYTES = 5 * 1_048_576;

/** The file types accepted, each with the bytes its files start with (the declared type must match them). */
export const KYC_DOCUMENT_TYPES = {
  'application/pdf': { extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  'image/jpeg': { extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
  'image/png': { extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
} as const;
export type KycDocumentType = keyof typeof KYC_DOCUMENT_TYPES;

/** A stored document's key: a random UUID and the type's extension, nothing the uploader chose. */
export const KYC_DOCUMENT_KEY =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.(?:pdf|jpg|png)$/;

/**
 * Checks an uploaded file before it is stored: a known type, within the size limit, not empty, and its content
 * really of the declared type (a renamed executable is refused). Returns the type's extension.
 */
export function checkKycDocument(contentType: string | undefined, bytes: Uint8Array): { extension: string } {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(type in KYC_DOCUMENT_TYPES))
    throw new DomainException(
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      'Send a PDF, JPEG or PNG file with its Content-Type (application/pdf, image/jpeg, image/png).',
    );
  if (bytes.length === 0)
    throw new ValidationException('The file is empty.', [{ field: 'file', reason: 'is empty' }]);
  if (bytes.length > KYC_DOCUMENT_MAX_BYTES)
    throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, 'A document may be at most 5 MB.');
  const { extension, magic } = KYC_DOCUMENT_TYPES[type as KycDocumentType];
  if (!magic.every((byte, index) => bytes[index] === byte))
    throw new ValidationException('The file is not what its type says.', [
      { field: 'file', reason: `is not a ${extension.toUpperCase()} file` },
    ]);
  return { extension };
}
