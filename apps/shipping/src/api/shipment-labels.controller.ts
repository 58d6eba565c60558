import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ValidationException } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ShipmentLabelsService } from '../application/shipments/shipment-labels.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    if (!ids.every((id) => UUID.test(id)))
      throw new ValidationException('packageIds must be package ids (UUIDs) separated by commas.', [
        { field: 'packageIds', reason: 'must be a comma-separated list of UUIDs' },
      ]);
    return Buffer.from(await this.labels.sheet(ctx, vendorId, ids));
  }
}
