import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException, ErrorCode } from '@getit/errors';
import type { AuthContext } from '../application/auth-context';
import { KycDocumentsService, UploadedKycDocument } from '../application/kyc-documents.service';
import { KYC_DOCUMENT_MAX_BYTES, KYC_DOCUMENT_TYPES } from '../domain/kyc-document.policy';
import { AuthCtx } from './auth-ctx.decorator';

/** The media types the upload route reads as raw bytes (registered on Fastify by the host). */
export const KYC_DOCUMENT_MEDIA_TYPES = Object.keys(KYC_DOCUMENT_TYPES);
export const KYC_DOCUMENT_BODY_LIMIT = KYC_DOCUMENT_MAX_BYTES + 1;

/** `POST /vendors/documents` with the file as the body; `GET /vendors/documents/:key` streams it back. */
@Controller('vendors/documents')
export class KycDocumentsController {
  constructor(@Inject(KycDocumentsService) private readonly documents: KycDocumentsService) {}

  @Post()
  @HttpCode(201)
  upload(@AuthCtx() ctx: AuthContext, @Req() request: FastifyRequest): Promise<UploadedKycDocument> {
    if (!Buffer.isBuffer(request.body))
      throw new DomainException(
        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        'Send the document as the request body with Content-Type application/pdf, image/jpeg or image/png.',
      );
    return this.documents.upload(ctx, request.headers['content-type'], request.body);
  }

  @Get(':key')
  async read(@Param('key') key: string, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.documents.read(key);
    await reply
      .header('content-type', document.contentType)
      .header('content-disposition', `inline; filename="${key}"`)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      // a PDF viewer may run; nothing in the document may script or reach out
      .header(
        'content-security-policy',
        "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
      )
      .send(document.bytes);
  }
}
