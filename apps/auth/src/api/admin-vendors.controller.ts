import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  adminVendorsQuery,
  vendorDecisionBody,
  vendorDecisionWithReasonBody,
  VendorPage,
  VendorView,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import type { AuthContext } from '../application/auth-context';
import { VendorDecisionsService } from '../application/vendor-decisions.service';
import { AuthCtx } from './auth-ctx.decorator';
import { vendorIdParams } from './path-params';

@Controller('admin/vendors')
export class AdminVendorsController {
  constructor(@Inject(VendorDecisionsService) private readonly decisions: VendorDecisionsService) {}

  @Get()
  list(@AuthCtx() ctx: AuthContext, @Query() query: unknown): Promise<VendorPage> {
    return this.decisions.list(ctx, parseOrThrow(adminVendorsQuery, query, 'query'));
  }

  @Post(':vendorId/approve')
  @HttpCode(200)
  approve(@AuthCtx() ctx: AuthContext, @Param() params: unknown, @Body() body: unknown): Promise<VendorView> {
    const { vendorId } = parseOrThrow(vendorIdParams, params, 'params');
    return this.decisions.decide(
      ctx,
      vendorId,
      'approve',
      parseOrThrow(vendorDecisionBody, body ?? {}, 'body').reason,
    );
  }

  @Post(':vendorId/reject')
  @HttpCode(200)
  reject(@AuthCtx() ctx: AuthContext, @Param() params: unknown, @Body() body: unknown): Promise<VendorView> {
    const { vendorId } = parseOrThrow(vendorIdParams, params, 'params');
    return this.decisions.decide(
      ctx,
      vendorId,
      'reject',
      parseOrThrow(vendorDecisionWithReasonBody, body, 'body').reason,
    );
  }

  @Post(':vendorId/suspend')
  @HttpCode(200)
  suspend(@AuthCtx() ctx: AuthContext, @Param() params: unknown, @Body() body: unknown): Promise<VendorView> {
    const { vendorId } = parseOrThrow(vendorIdParams, params, 'params');
    return this.decisions.decide(
      ctx,
      vendorId,
      'suspend',
      parseOrThrow(vendorDecisionWithReasonBody, body, 'body').reason,
    );
  }

  @Post(':vendorId/reinstate')
  @HttpCode(200)
  reinstate(
    @AuthCtx() ctx: AuthContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<VendorView> {
    const { vendorId } = parseOrThrow(vendorIdParams, params, 'params');
    return this.decisions.decide(
      ctx,
      vendorId,
      'reinstate',
      parseOrThrow(vendorDecisionBody, body ?? {}, 'body').reason,
    );
  }
}
