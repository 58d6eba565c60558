import { DynamicModule, Module } from '@nestjs/common';
import { AdminOrdersController } from './api/admin-orders.controller';
import { CartsController } from './api/carts.controller';
import { OrdersController } from './api/orders.controller';
import { VendorPackagesController } from './api/vendor-packages.controller';
import { CartsService } from './application/carts.service';
import { CheckoutService } from './application/checkout.service';
import { OrderServices } from './application/order-services.factory';
import { OrderViewsService } from './application/order-views.service';
import { PackageFlowService } from './application/package-flow.service';

/** The order service's HTTP module; the host builds the services and hands them in. */
@Module({})
export class OrderModule {
  static register(services: OrderServices): DynamicModule {
    return {
      module: OrderModule,
      controllers: [CartsController, OrdersController, VendorPackagesController, AdminOrdersController],
      providers: [
        { provide: CartsService, useValue: services.carts },
        { provide: CheckoutService, useValue: services.checkout },
        { provide: OrderViewsService, useValue: services.views },
        { provide: PackageFlowService, useValue: services.packages },
      ],
    };
  }
}
