import { DynamicModule, Module } from '@nestjs/common';
import { CourierPerformanceController } from './api/courier-performance.controller';
import { CourierSettingsController } from './api/courier-settings.controller';
import { CourierWebhooksController } from './api/courier-webhooks.controller';
import { LateShipmentsController } from './api/late-shipments.controller';
import { QuotesController } from './api/quotes.controller';
import { RateCardController } from './api/rate-card.controller';
import { ReturnReceiptsController } from './api/return-receipts.controller';
import { ShipmentLabelsController } from './api/shipment-labels.controller';
import { ShipmentTrackingController } from './api/shipment-tracking.controller';
import { QuotesService } from './application/quotes.service';
import { RateCardService } from './application/rate-card.service';
import { ReturnReceiptsService } from './application/shipments/return-receipts.service';
import { CourierPerformanceService } from './application/shipments/courier-performance.service';
import { CourierSettingsService } from './application/shipments/courier-settings.service';
import { CourierWebhookService } from './application/shipments/courier-webhook.service';
import { ShipmentBookingService } from './application/shipments/shipment-booking.service';
import { ShipmentDeadlinesService } from './application/shipments/shipment-deadlines.service';
import { ShipmentLabelsService } from './application/shipments/shipment-labels.service';
import { ShipmentTrackingService } from './application/shipments/shipment-tracking.service';
import { VendorBookingsService } from './application/shipments/vendor-bookings.service';
import { OrderEventsController } from './messaging/order-events.controller';

export interface ShippingServices {
  rateCards: RateCardService;
  quotes: QuotesService;
  booking: ShipmentBookingService;
  webhooks: CourierWebhookService;
  tracking: ShipmentTrackingService;
  labels: ShipmentLabelsService;
  deadlines: ShipmentDeadlinesService;
  performance: CourierPerformanceService;
  returns: ReturnReceiptsService;
  courierSettings: CourierSettingsService;
  vendorBookings: VendorBookingsService;
}

/** The shipping service's HTTP module and event handlers; the host builds the services and hands them in. */
@Module({})
export class ShippingModule {
  static register(services: ShippingServices): DynamicModule {
    return {
      module: ShippingModule,
      controllers: [
        QuotesController,
        RateCardController,
        CourierWebhooksController,
        ShipmentTrackingController,
        ShipmentLabelsController,
        LateShipmentsController,
        CourierSettingsController,
        CourierPerformanceController,
        ReturnReceiptsController,
        OrderEventsController,
      ],
      providers: [
        { provide: QuotesService, useValue: services.quotes },
        { provide: RateCardService, useValue: services.rateCards },
        { provide: ShipmentBookingService, useValue: services.booking },
        { provide: CourierWebhookService, useValue: services.webhooks },
        { provide: ShipmentTrackingService, useValue: services.tracking },
        { provide: ShipmentLabelsService, useValue: services.labels },
        { provide: ShipmentDeadlinesService, useValue: services.deadlines },
        { provide: CourierSettingsService, useValue: services.courierSettings },
        { provide: VendorBookingsService, useValue: services.vendorBookings },
        { provide: CourierPerformanceService, useValue: services.performance },
        { provide: ReturnReceiptsService, useValue: services.returns },
      ],
    };
  }
}
