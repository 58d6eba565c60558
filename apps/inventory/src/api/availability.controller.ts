import { Controller, Get, Inject, Query } from '@nestjs/common';
import { availabilityQuery, AvailabilityView } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { AvailabilityService } from '../application/availability.service';

/** Public: available-to-sell of up to 100 variants for product and listing pages. */
@Controller('availability')
export class AvailabilityController {
  constructor(@Inject(AvailabilityService) private readonly availability: AvailabilityService) {}

  @Get()
  get(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<AvailabilityView> {
    return this.availability.get(ctx, parseOrThrow(availabilityQuery, query, 'query'));
  }
}
