import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { confirmReturnReceiptRequest, PackageReturnView, ReturnReceiptView } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ReturnReceiptsService } from '../application/shipments/return-receipts.service';

/** Returns to origin: the vendor sees what may come back and confirms what did (ADR 0018). */
@Controller('vendors/:vendorId/packages/:packageId')
export class ReturnReceiptsController {
  constructor(@Inject(ReturnReceiptsService) private readonly returns: ReturnReceiptsService) {}

  @Get('return')
  view(
    @Ctx() ctx: RequestContext,
    @Param('vendorId', new ParseUUIDPipe()) vendorId: string,
    @Param('packageId', new ParseUUIDPipe()) packageId: string,
  ): Promise<PackageReturnView> {
    return this.returns.view(ctx, vendorId, packageId);
  }

  /** 201 with the receipt; 200 with the same receipt when it was confirmed before (nothing happens twice). */
  @Post('return-receipt')
  async confirm(
    @Ctx() ctx: RequestContext,
    @Param('vendorId', new ParseUUIDPipe()) vendorId: string,
    @Param('packageId', new ParseUUIDPipe()) packageId: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReturnReceiptView> {
    const request = parseOrThrow(confirmReturnReceiptRequest, body ?? {}, 'body');
    const { created, receipt } = await this.returns.confirm(ctx, vendorId, packageId, request);
    void reply.status(created ? 201 : 200);
    return receipt;
  }
}
