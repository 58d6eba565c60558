import type { QuoteRequest, QuoteView } from '@getit/contracts';
import type { RequestContext } from '@getit/service-kit';
import { quoteDelivery } from '../domain/delivery-charge.calculator';
import { RateCardService } from './rate-card.service';

/** Delivery charges a shopper sees before confirming an order; reads only, never writes. */
export class QuotesService {
  constructor(private readonly rateCards: RateCardService) {}

  async quote(_ctx: RequestContext, request: QuoteRequest): Promise<QuoteView> {
    const card = await this.rateCards.current();
    const quote = quoteDelivery(card, request.destination.district, request.paymentMethod, request.packages);
    return { currency: 'BDT', ...quote };
  }
}
