import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { rateCardRequest, RateCardView } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { RateCardService } from '../application/rate-card.service';

/** The marketplace's delivery rate card (admin API, through the gateway with MFA). */
@Controller('admin/rate-card')
export class RateCardController {
  constructor(@Inject(RateCardService) private readonly rateCards: RateCardService) {}

  @Get()
  get(@Ctx() ctx: RequestContext): Promise<RateCardView> {
    return this.rateCards.get(ctx);
  }

  @Put()
  replace(@Ctx() ctx: RequestContext, @Body() body: unknown): Promise<RateCardView> {
    return this.rateCards.replace(ctx, parseOrThrow(rateCardRequest, body, 'body'));
  }
}
