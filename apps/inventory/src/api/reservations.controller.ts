import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { reservationPath, ReservationView, reserveStockRequest } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ReservationsService } from '../application/reservations.service';

/**
 * Internal API for the order service's checkout saga. The gateway has no route to it: it is reachable only
 * service-to-service (in Kubernetes the NetworkPolicy names the callers).
 */
@Controller('reservations')
export class ReservationsController {
  constructor(@Inject(ReservationsService) private readonly reservations: ReservationsService) {}

  /** 201 with a new reservation; 200 with the existing one when the reservationKey was seen before. */
  @Post()
  async reserve(
    @Ctx() ctx: RequestContext,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReservationView> {
    const { created, reservation } = await this.reservations.reserve(
      ctx,
      parseOrThrow(reserveStockRequest, body, 'body'),
    );
    void reply.status(created ? 201 : 200);
    return reservation;
  }

  @Get(':reservationId')
  get(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<ReservationView> {
    return this.reservations.get(ctx, parseOrThrow(reservationPath, params, 'params').reservationId);
  }

  @Post(':reservationId/commit')
  @HttpCode(200)
  commit(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<ReservationView> {
    return this.reservations.commit(ctx, parseOrThrow(reservationPath, params, 'params').reservationId);
  }

  @Post(':reservationId/release')
  @HttpCode(200)
  release(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<ReservationView> {
    return this.reservations.release(ctx, parseOrThrow(reservationPath, params, 'params').reservationId);
  }
}
