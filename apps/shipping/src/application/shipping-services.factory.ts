import { AuditRecorder } from '@getit/messaging';
import { RateCardRepository } from '../infrastructure/rate-card.repository';
import { ShippingPrismaClient } from '../infrastructure/shipping-prisma';
import { QuotesService } from './quotes.service';
import { RateCardService } from './rate-card.service';

export interface ShippingServices {
  rateCards: RateCardService;
  quotes: QuotesService;
}

export interface ShippingServicesOptions {
  prisma: ShippingPrismaClient;
  /** Whose rate card prices the quotes. */
  marketplace: string;
  /** Where rate card changes are recorded (`audit.recorded.v1` through the outbox). */
  audit: AuditRecorder;
}

/** Wires the use cases to their repositories: the host's one place for it, and tests' too. */
export function createShippingServices(options: ShippingServicesOptions): ShippingServices {
  const rateCards = new RateCardService(
    new RateCardRepository(options.prisma),
    options.marketplace,
    options.audit,
  );
  return { rateCards, quotes: new QuotesService(rateCards) };
}
