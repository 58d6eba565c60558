import { Controller, Get, Inject, Query } from '@nestjs/common';
import { CourierPerformanceView } from '@getit/contracts';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CourierPerformanceService } from '../application/shipments/courier-performance.service';
import { performancePeriod } from '../domain/shipment/performance-period';

/** Admins' courier performance by destination district over ?from=&to= (Bangladesh days; default the last 30). */
@Controller('admin/shipments')
export class CourierPerformanceController {
  constructor(@Inject(CourierPerformanceService) private readonly performance: CourierPerformanceService) {}

  @Get('performance')
  get(
    @Ctx() ctx: RequestContext,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<CourierPerformanceView> {
    return this.performance.performance(ctx, performancePeriod({ from, to }, new Date()));
  }
}
