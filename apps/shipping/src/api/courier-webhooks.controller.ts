import { Body, Controller, Headers, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CourierWebhookService } from '../application/shipments/courier-webhook.service';

type HeaderBag = Record<string, string | string[] | undefined>;

/** Pathao's reply header, with the fixed value Pathao's own plugin sends (bangladesh-reference §4). */
const PATHAO_INTEGRATION_HEADER = 'X-Pathao-Merchant-Webhook-Integration-Secret';
const PATHAO_INTEGRATION_VALUE = 'f3992ecc-59da-4cbe-a049-a13da2018d51';

/** The couriers' webhooks (public through the gateway; each checks its courier's own credential). */
@Controller('webhooks/couriers')
export class CourierWebhooksController {
  constructor(@Inject(CourierWebhookService) private readonly webhooks: CourierWebhookService) {}

  @Post('pathao')
  @HttpCode(202)
  async pathao(
    @Ctx() ctx: RequestContext,
    @Headers() headers: HeaderBag,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ outcome: string }> {
    const outcome = await this.webhooks.receive(ctx, 'pathao', headers, body);
    reply.header(PATHAO_INTEGRATION_HEADER, PATHAO_INTEGRATION_VALUE);
    return { outcome };
  }

  @Post('steadfast')
  @HttpCode(200)
  async steadfast(
    @Ctx() ctx: RequestContext,
    @Headers() headers: HeaderBag,
    @Body() body: unknown,
  ): Promise<{ status: string; message: string; outcome: string }> {
    const outcome = await this.webhooks.receive(ctx, 'steadfast', headers, body);
    return { status: 'success', message: 'Webhook received successfully.', outcome };
  }

  @Post('redx')
  @HttpCode(200)
  async redx(
    @Ctx() ctx: RequestContext,
    @Headers() headers: HeaderBag,
    @Query('token') token: string | undefined,
    @Body() body: unknown,
  ): Promise<{ outcome: string }> {
    return { outcome: await this.webhooks.receive(ctx, 'redx', headers, body, token) };
  }
}
