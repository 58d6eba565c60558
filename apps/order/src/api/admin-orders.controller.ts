import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { adminOrdersQuery, CheckoutSagaView, OrderPage, orderPath } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { OrderViewsService } from '../application/order-views.service';

/** Search over every order, and an order's checkout saga (admin:* roles). */
@Controller('admin/orders')
export class AdminOrdersController {
  constructor(@Inject(OrderViewsService) private readonly views: OrderViewsService) {}

  @Get()
  search(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<OrderPage> {
    return this.views.search(ctx, parseOrThrow(adminOrdersQuery, query, 'query'));
  }

  @Get(':orderId/saga')
  saga(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<CheckoutSagaView> {
    return this.views.saga(ctx, parseOrThrow(orderPath, params, 'params').orderId);
  }
}
