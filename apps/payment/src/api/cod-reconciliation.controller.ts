import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  CodReconciliationItemView,
  codReconciliationItemPath,
  CodReconciliationList,
  codReconciliationQuery,
  resolveCodReconciliationRequest,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CodReconciliationService } from '../application/ledger/cod-reconciliation.service';

/** Finance's cash-on-delivery reconciliation queue: couriers' remittance differences and uncollected cash. */
@Controller('admin/cod/reconciliation')
export class CodReconciliationController {
  constructor(@Inject(CodReconciliationService) private readonly cod: CodReconciliationService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<CodReconciliationList> {
    return this.cod.list(ctx, parseOrThrow(codReconciliationQuery, query, 'query'));
  }

  @Post(':itemId/resolve')
  @HttpCode(200)
  resolve(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<CodReconciliationItemView> {
    const { itemId } = parseOrThrow(codReconciliationItemPath, params, 'params');
    return this.cod.resolve(ctx, itemId, parseOrThrow(resolveCodReconciliationRequest, body, 'body'));
  }
}
