import { Controller, Get, Inject, Query } from '@nestjs/common';
import { adminOrdersQuery, OrderPage } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { OrderViewsService } from '../application/order-views.service';

/** Search over every order (admin:* roles). */
@Controller('admin/orders')
export class AdminOrdersController {
  constructor(@Inject(OrderViewsService) private readonly views: OrderViewsService) {}

  @Get()
  search(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<OrderPage> {
    return this.views.search(ctx, parseOrThrow(adminOrdersQuery, query, 'query'));
  }
}
