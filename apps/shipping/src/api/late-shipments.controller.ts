import { Controller, Get, Inject, Query } from '@nestjs/common';
import { LateShipmentsView } from '@getit/contracts';
import { ValidationException } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ShipmentDeadlinesService } from '../application/shipments/shipment-deadlines.service';

/** Admins' late-packages view: past their deadline, or due within ?withinHours= (default 0, at most 240). */
@Controller('admin/shipments')
export class LateShipmentsController {
  constructor(@Inject(ShipmentDeadlinesService) private readonly deadlines: ShipmentDeadlinesService) {}

  @Get('late')
  late(@Ctx() ctx: RequestContext, @Query('withinHours') withinHours = '0'): Promise<LateShipmentsView> {
    const hours = Number(withinHours);
    if (!Number.isInteger(hours) || hours < 0 || hours > 240)
      throw new ValidationException('withinHours must be a whole number of hours from 0 to 240.', [
        { field: 'withinHours', reason: 'must be an integer from 0 to 240' },
      ]);
    return this.deadlines.late(ctx, hours);
  }
}
