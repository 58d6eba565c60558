import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  approveProductRequest,
  bulkApproveRequest,
  BulkApproveResult,
  ManagedProductPage,
  moderationQueueQuery,
  ProductView,
  rejectProductRequest,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ProductModerationService } from '../application/product-moderation.service';

const productParams = z.object({ productId: z.uuid() }).strict();

/** Admins' moderation of vendors' products. */
@Controller('admin/products')
export class ModerationController {
  constructor(@Inject(ProductModerationService) private readonly moderation: ProductModerationService) {}

  @Get('moderation')
  queue(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<ManagedProductPage> {
    return this.moderation.queue(ctx, parseOrThrow(moderationQueueQuery, query, 'query'));
  }

  @Post('approvals')
  @HttpCode(200)
  approveMany(@Ctx() ctx: RequestContext, @Body() body: unknown): Promise<BulkApproveResult> {
    return this.moderation.approveMany(ctx, parseOrThrow(bulkApproveRequest, body, 'body'));
  }

  @Post(':productId/approve')
  @HttpCode(200)
  approve(@Ctx() ctx: RequestContext, @Param() params: unknown, @Body() body: unknown): Promise<ProductView> {
    const { productId } = parseOrThrow(productParams, params, 'params');
    return this.moderation.approve(ctx, productId, parseOrThrow(approveProductRequest, body ?? {}, 'body'));
  }

  @Post(':productId/reject')
  @HttpCode(200)
  reject(@Ctx() ctx: RequestContext, @Param() params: unknown, @Body() body: unknown): Promise<ProductView> {
    const { productId } = parseOrThrow(productParams, params, 'params');
    return this.moderation.reject(ctx, productId, parseOrThrow(rejectProductRequest, body, 'body'));
  }
}
