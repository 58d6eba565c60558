import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import {
  adjustStockRequest,
  bulkStockCountRequest,
  BulkStockCountResult,
  listMovementsQuery,
  listStockQuery,
  MovementPage,
  setLowStockThresholdRequest,
  setStockRequest,
  StockChangeResult,
  StockPage,
  variantPath,
  warehousePath,
  VariantStockView,
  vendorPath,
  warehouseVariantPath,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { StockService } from '../application/stock.service';

/** A vendor's stock per variant and warehouse (vendor API, through the gateway). */
@Controller('vendors/:vendorId')
export class StockController {
  constructor(@Inject(StockService) private readonly stock: StockService) {}

  @Get('stock')
  list(@Ctx() ctx: RequestContext, @Param() params: unknown, @Query() query: unknown): Promise<StockPage> {
    const { vendorId } = parseOrThrow(vendorPath, params, 'params');
    return this.stock.list(ctx, vendorId, parseOrThrow(listStockQuery, query, 'query'));
  }

  @Get('stock/:variantId')
  get(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<VariantStockView> {
    const { vendorId, variantId } = parseOrThrow(variantPath, params, 'params');
    return this.stock.get(ctx, vendorId, variantId);
  }

  @Get('stock/:variantId/movements')
  movements(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Query() query: unknown,
  ): Promise<MovementPage> {
    const { vendorId, variantId } = parseOrThrow(variantPath, params, 'params');
    return this.stock.movementsOf(ctx, vendorId, variantId, parseOrThrow(listMovementsQuery, query, 'query'));
  }

  @Put('stock/:variantId/low-stock-threshold')
  setThreshold(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<VariantStockView> {
    const { vendorId, variantId } = parseOrThrow(variantPath, params, 'params');
    return this.stock.setLowStockThreshold(
      ctx,
      vendorId,
      variantId,
      parseOrThrow(setLowStockThresholdRequest, body, 'body'),
    );
  }

  /** A stock take of many variants in one warehouse, all or nothing. */
  @Put('warehouses/:warehouseId/stock')
  countMany(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<BulkStockCountResult> {
    const target = parseOrThrow(warehousePath, params, 'params');
    return this.stock.countMany(ctx, target, parseOrThrow(bulkStockCountRequest, body, 'body'));
  }

  /** A stock count: sets on hand in one warehouse. */
  @Put('warehouses/:warehouseId/stock/:variantId')
  count(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<StockChangeResult> {
    const target = parseOrThrow(warehouseVariantPath, params, 'params');
    return this.stock.count(ctx, target, parseOrThrow(setStockRequest, body, 'body'));
  }

  @Post('warehouses/:warehouseId/stock/:variantId/adjustments')
  @HttpCode(201)
  adjust(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<StockChangeResult> {
    const target = parseOrThrow(warehouseVariantPath, params, 'params');
    return this.stock.adjust(ctx, target, parseOrThrow(adjustStockRequest, body, 'body'));
  }
}
