import { DynamicModule, Module } from '@nestjs/common';
import { QuotesController } from './api/quotes.controller';
import { RateCardController } from './api/rate-card.controller';
import { QuotesService } from './application/quotes.service';
import { RateCardService } from './application/rate-card.service';

export interface ShippingServices {
  rateCards: RateCardService;
  quotes: QuotesService;
}

/** The shipping service's HTTP module; the host builds the services and hands them in. */
@Module({})
export class ShippingModule {
  static register(services: ShippingServices): DynamicModule {
    return {
      module: ShippingModule,
      controllers: [QuotesController, RateCardController],
      providers: [
        { provide: QuotesService, useValue: services.quotes },
        { provide: RateCardService, useValue: services.rateCards },
      ],
    };
  }
}
