import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  cartLinePath,
  cartPath,
  CartView,
  deliveryQuoteRequest,
  DeliveryQuoteView,
  setCartLineRequest,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CartsService } from '../application/carts.service';
import { CheckoutService } from '../application/checkout.service';

/** Guest and signed-in carts (public through the gateway; the identity, when there is one, decides ownership). */
@Controller('carts')
export class CartsController {
  constructor(
    @Inject(CartsService) private readonly carts: CartsService,
    @Inject(CheckoutService) private readonly checkout: CheckoutService,
  ) {}

  /** 201 with a new cart; 200 with a signed-in shopper's existing active cart. */
  @Post()
  async create(
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CartView> {
    const { created, cart } = await this.carts.create(ctx);
    void reply.status(created ? 201 : 200);
    return cart;
  }

  @Get(':cartId')
  get(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<CartView> {
    return this.carts.get(ctx, parseOrThrow(cartPath, params, 'params').cartId);
  }

  @Put(':cartId/lines/:variantId')
  setLine(@Ctx() ctx: RequestContext, @Param() params: unknown, @Body() body: unknown): Promise<CartView> {
    const { cartId, variantId } = parseOrThrow(cartLinePath, params, 'params');
    return this.carts.setLine(ctx, cartId, variantId, parseOrThrow(setCartLineRequest, body, 'body'));
  }

  @Delete(':cartId/lines/:variantId')
  removeLine(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<CartView> {
    const { cartId, variantId } = parseOrThrow(cartLinePath, params, 'params');
    return this.carts.removeLine(ctx, cartId, variantId);
  }

  /** At sign-in: this guest cart joins the shopper's cart, which is returned. */
  @Post(':cartId/merge')
  @HttpCode(200)
  merge(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<CartView> {
    return this.carts.merge(ctx, parseOrThrow(cartPath, params, 'params').cartId);
  }

  @Post(':cartId/delivery-quote')
  @HttpCode(200)
  quote(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<DeliveryQuoteView> {
    const { cartId } = parseOrThrow(cartPath, params, 'params');
    return this.checkout.quote(ctx, cartId, parseOrThrow(deliveryQuoteRequest, body, 'body'));
  }
}
