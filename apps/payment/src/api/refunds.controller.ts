import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  completeRefundRequest,
  createRefundRequest,
  RefundList,
  refundListQuery,
  refundPath,
  RefundView,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { RefundsService } from '../application/ledger/refunds.service';

/** Refunds: granted by admins (finance, super admin, support), manual ones marked paid by finance. */
@Controller('admin/refunds')
export class RefundsController {
  constructor(@Inject(RefundsService) private readonly refunds: RefundsService) {}

  /** 201 with the new refund; 200 with the existing one when its `refundId` was sent again. */
  @Post()
  async create(
    @Ctx() ctx: RequestContext,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RefundView> {
    const result = await this.refunds.request(ctx, parseOrThrow(createRefundRequest, body, 'body'));
    void reply.status(result.created ? 201 : 200);
    return result.refund;
  }

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<RefundList> {
    return this.refunds.list(ctx, parseOrThrow(refundListQuery, query, 'query'));
  }

  @Get(':refundId')
  get(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<RefundView> {
    return this.refunds.get(ctx, parseOrThrow(refundPath, params, 'params').refundId);
  }

  @Post(':refundId/complete')
  @HttpCode(200)
  complete(@Ctx() ctx: RequestContext, @Param() params: unknown, @Body() body: unknown): Promise<RefundView> {
    const { refundId } = parseOrThrow(refundPath, params, 'params');
    return this.refunds.complete(ctx, refundId, parseOrThrow(completeRefundRequest, body, 'body'));
  }
}
