import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  LedgerBalancesView,
  LedgerPostingList,
  ledgerPostingsQuery,
  vendorStatementPath,
  vendorStatementQuery,
  VendorStatementView,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { LedgerReportsService } from '../application/ledger/ledger-reports.service';

/** Vendor statements (that vendor's staff, or finance admins); the ledger's balances and an order's postings (finance admins). */
@Controller()
export class LedgerReportsController {
  constructor(@Inject(LedgerReportsService) private readonly reports: LedgerReportsService) {}

  @Get('vendors/:vendorId/statement')
  statement(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Query() query: unknown,
  ): Promise<VendorStatementView> {
    const { vendorId } = parseOrThrow(vendorStatementPath, params, 'params');
    return this.reports.statement(ctx, vendorId, parseOrThrow(vendorStatementQuery, query, 'query'));
  }

  @Get('vendors/:vendorId/statement.csv')
  async statementCsv(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Query() query: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { vendorId } = parseOrThrow(vendorStatementPath, params, 'params');
    const { fileName, csv } = await this.reports.statementCsv(
      ctx,
      vendorId,
      parseOrThrow(vendorStatementQuery, query, 'query'),
    );
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName}"`);
    return csv;
  }

  @Get('admin/ledger/postings')
  postings(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<LedgerPostingList> {
    return this.reports.postingsForOrder(ctx, parseOrThrow(ledgerPostingsQuery, query, 'query').orderId);
  }

  @Get('admin/ledger/balances')
  balances(@Ctx() ctx: RequestContext): Promise<LedgerBalancesView> {
    return this.reports.balances(ctx);
  }
}
