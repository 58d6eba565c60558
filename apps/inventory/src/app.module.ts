import { DynamicModule, Module } from '@nestjs/common';
import { AvailabilityController } from './api/availability.controller';
import { ReservationsController } from './api/reservations.controller';
import { StockController } from './api/stock.controller';
import { WarehousesController } from './api/warehouses.controller';
import { AvailabilityService } from './application/availability.service';
import { CatalogVariantsService } from './application/catalog-variants.service';
import { InventoryServices } from './application/inventory-services.factory';
import { OrderSagaService } from './application/order-saga.service';
import { ReservationsService } from './application/reservations.service';
import { ReturnRestockService } from './application/return-restock.service';
import { StockService } from './application/stock.service';
import { WarehousesService } from './application/warehouses.service';
import { CatalogEventsController } from './messaging/catalog-events.controller';
import { OrderEventsController } from './messaging/order-events.controller';
import { ShippingEventsController } from './messaging/shipping-events.controller';

/** The inventory's HTTP and event handlers; the host builds the services and hands them in. */
@Module({})
export class InventoryModule {
  static register(services: InventoryServices): DynamicModule {
    return {
      module: InventoryModule,
      controllers: [
        WarehousesController,
        StockController,
        AvailabilityController,
        ReservationsController,
        OrderEventsController,
        CatalogEventsController,
        ShippingEventsController,
      ],
      providers: [
        { provide: WarehousesService, useValue: services.warehouses },
        { provide: StockService, useValue: services.stock },
        { provide: AvailabilityService, useValue: services.availability },
        { provide: ReservationsService, useValue: services.reservations },
        { provide: OrderSagaService, useValue: services.saga },
        { provide: CatalogVariantsService, useValue: services.catalogVariants },
        { provide: ReturnRestockService, useValue: services.returns },
      ],
    };
  }
}
