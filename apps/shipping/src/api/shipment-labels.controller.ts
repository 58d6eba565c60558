import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ShipmentLabelsService } from '../application/shipments/shipment-labels.service';

/** Parcel labels as PDF: one package on A6, or a vendor's chosen packages on A4 sheets of four. */
@Controller('vendors/:vendorId')
export class ShipmentLabelsController {
  constructor(@Inject(ShipmentLabelsService) private readonly labels: ShipmentLabelsService) {}

  @Get('packages/:packageId/label')
  @Header('content-type', 'application/pdf')
  async label(
    @Ctx() ctx: RequestContext,
    @Param('vendorId', new ParseUUIDPipe()) vendorId: string,
    @Param('packageId', new ParseUUIDPipe()) packageId: string,
  ): Promise<Buffer> {
    return Buffer.from(await this.labels.label(ctx, vendorId, packageId));
  }

  @Get('labels')
  @Header('content-type', 'application/pdf')
  async sheet(
    @Ctx() ctx: RequestContext,
    @Param('vendorId', new ParseUUIDPipe()) vendorId: string,
    @Query('packageIds') packageIds = '',
  ): Promise<Buffer> {
    const ids = packageIds.split(',').filter(Boolean);
    return Buffer.from(await this.labels.sheet(ctx, vendorId, ids));
  }
}
