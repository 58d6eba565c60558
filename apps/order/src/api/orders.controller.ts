import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  cancelOrderRequest,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKey,
  myOrdersQuery,
  OrderPage,
  orderPath,
  orderQuery,
  OrderView,
  placeOrderRequest,
  type PlaceOrderRequest,
} from '@getit/contracts';
import { FieldError, parseOrThrow, ValidationException } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CheckoutService } from '../application/checkout.service';
import { OrderViewsService } from '../application/order-views.service';
import { PackageFlowService } from '../application/package-flow.service';

/** Placing, reading and cancelling orders (shoppers and guests, through the gateway). */
@Controller()
export class OrdersController {
  constructor(
    @Inject(CheckoutService) private readonly checkout: CheckoutService,
    @Inject(OrderViewsService) private readonly views: OrderViewsService,
    @Inject(PackageFlowService) private readonly packages: PackageFlowService,
  ) {}

  /** 201 with the new order; 200 with the same order when the Idempotency-Key was seen before. */
  @Post('orders')
  async place(
    @Ctx() ctx: RequestContext,
    @Headers(IDEMPOTENCY_KEY_HEADER) key: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderView> {
    // The header and the body are checked together, so one answer names every problem.
    const keyProblems = idempotencyKey.safeParse(key).success
      ? []
      : [
          {
            field: 'headers.idempotency-key',
            reason: key === undefined ? 'is required' : 'must be 1 to 64 visible ASCII characters',
          },
        ];
    let request: PlaceOrderRequest | undefined;
    let bodyProblems: readonly FieldError[] = [];
    try {
      request = parseOrThrow(placeOrderRequest, body, 'body');
    } catch (error) {
      if (!(error instanceof ValidationException)) throw error;
      bodyProblems = error.fieldErrors;
    }
    if (!request || keyProblems.length > 0)
      throw new ValidationException('The order request is invalid.', [...keyProblems, ...bodyProblems]);
    const { created, order } = await this.checkout.place(ctx, key!, request);
    void reply.status(created ? 201 : 200);
    return order;
  }

  @Get('orders/:orderId')
  get(@Ctx() ctx: RequestContext, @Param() params: unknown, @Query() query: unknown): Promise<OrderView> {
    const { orderId } = parseOrThrow(orderPath, params, 'params');
    return this.views.get(ctx, orderId, parseOrThrow(orderQuery, query ?? {}, 'query').waitMs);
  }

  @Post('orders/:orderId/cancel')
  @HttpCode(200)
  cancel(@Ctx() ctx: RequestContext, @Param() params: unknown, @Body() body: unknown): Promise<OrderView> {
    const { orderId } = parseOrThrow(orderPath, params, 'params');
    return this.packages.cancel(ctx, orderId, parseOrThrow(cancelOrderRequest, body ?? {}, 'body'));
  }

  @Get('me/orders')
  mine(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<OrderPage> {
    return this.views.mine(ctx, parseOrThrow(myOrdersQuery, query, 'query'));
  }
}
