import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import {
  createWarehouseRequest,
  updateWarehouseRequest,
  vendorPath,
  warehousePath,
  WarehouseList,
  WarehouseView,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { WarehousesService } from '../application/warehouses.service';

/** A vendor's pickup addresses (vendor API, through the gateway). */
@Controller('vendors/:vendorId/warehouses')
export class WarehousesController {
  constructor(@Inject(WarehousesService) private readonly warehouses: WarehousesService) {}

  @Post()
  @HttpCode(201)
  create(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<WarehouseView> {
    const { vendorId } = parseOrThrow(vendorPath, params, 'params');
    return this.warehouses.create(ctx, vendorId, parseOrThrow(createWarehouseRequest, body, 'body'));
  }

  @Get()
  list(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<WarehouseList> {
    return this.warehouses.list(ctx, parseOrThrow(vendorPath, params, 'params').vendorId);
  }

  @Get(':warehouseId')
  get(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<WarehouseView> {
    const { vendorId, warehouseId } = parseOrThrow(warehousePath, params, 'params');
    return this.warehouses.get(ctx, vendorId, warehouseId);
  }

  @Patch(':warehouseId')
  update(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<WarehouseView> {
    const { vendorId, warehouseId } = parseOrThrow(warehousePath, params, 'params');
    return this.warehouses.update(
      ctx,
      vendorId,
      warehouseId,
      parseOrThrow(updateWarehouseRequest, body, 'body'),
    );
  }

  /** Archives the warehouse; refused while it holds stock. */
  @Delete(':warehouseId')
  @HttpCode(204)
  archive(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<void> {
    const { vendorId, warehouseId } = parseOrThrow(warehousePath, params, 'params');
    return this.warehouses.archive(ctx, vendorId, warehouseId);
  }
}
