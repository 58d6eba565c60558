import { Body, Controller, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { importProductsQuery, ImportResult, vendorIdParams } from '@getit/contracts';
import { DomainException, ErrorCode, parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ProductImportService } from '../application/product-import.service';

/** CSV bulk import: `Content-Type: text/csv`, one row per variant; all rows or none. */
@Controller('vendors/:vendorId/products/imports')
export class VendorImportsController {
  constructor(@Inject(ProductImportService) private readonly imports: ProductImportService) {}

  @Post()
  @HttpCode(201)
  import(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Query() query: unknown,
    @Body() body: unknown,
  ): Promise<ImportResult> {
    const { vendorId } = parseOrThrow(vendorIdParams, params, 'params');
    const { submitForReview } = parseOrThrow(importProductsQuery, query, 'query');
    if (typeof body !== 'string')
      throw new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the products as a text/csv body.');
    return this.imports.import(ctx, vendorId, body, { submitForReview: submitForReview ?? false });
  }
}
