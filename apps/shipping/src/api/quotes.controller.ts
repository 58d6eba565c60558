import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { quoteRequest, QuoteView } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { QuotesService } from '../application/quotes.service';

/** Delivery charge quotes (public, through the gateway). */
@Controller('quotes')
export class QuotesController {
  constructor(@Inject(QuotesService) private readonly quotes: QuotesService) {}

  @Post()
  @HttpCode(200)
  quote(@Ctx() ctx: RequestContext, @Body() body: unknown): Promise<QuoteView> {
    return this.quotes.quote(ctx, parseOrThrow(quoteRequest, body, 'body'));
  }
}
