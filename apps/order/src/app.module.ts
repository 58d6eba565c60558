import { DynamicModule, Module } from '@nestjs/common';
import { AdminOrdersController } from './api/admin-orders.controller';
import { CartsController } from './api/carts.controller';
import { OrdersController } from './api/orders.controller';
import { VendorPackagesController } from './api/vendor-packages.controller';
import { CartsService } from './application/carts.service';
import { CheckoutSagaOrchestrator } from './application/checkout-saga.orchestrator';
import { CheckoutService } from './application/checkout.service';
import { OrderServices } from './application/order-services.factory';
import { OrderViewsService } from './application/order-views.service';
import { PackageFlowService } from './application/package-flow.service';
import { ReadModelsService } from './application/read-models.service';
import { CheckoutSagaEventsController } from './messaging/checkout-saga-events.controller';
import { ReadModelsEventsController } from './messaging/read-models-events.controller';
import { ShipmentEventsController } from './messaging/shipment-events.controller';

/**
 * The order service's module: its HTTP controllers and its event handlers (`messaging/`). The host builds the
 * services and hands them in, so the HTTP app and the event handlers share them.
 */
@Module({})
export class OrderModule {
  static register(services: OrderServices): DynamicModule {
    return {
      module: OrderModule,
      controllers: [
        CartsController,
        OrdersController,
        VendorPackagesController,
        AdminOrdersController,
        ReadModelsEventsController,
        CheckoutSagaEventsController,
        ShipmentEventsController,
      ],
      providers: [
        { provide: CartsService, useValue: services.carts },
        { provide: CheckoutService, useValue: services.checkout },
        { provide: OrderViewsService, useValue: services.views },
        { provide: PackageFlowService, useValue: services.packages },
        { provide: CheckoutSagaOrchestrator, useValue: services.saga },
        { provide: ReadModelsService, useValue: services.readModels },
      ],
    };
  }
}
