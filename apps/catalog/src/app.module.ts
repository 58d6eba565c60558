import { DynamicModule, Module } from '@nestjs/common';
import { CategoriesController } from './api/categories.controller';
import { ModerationController } from './api/moderation.controller';
import { PublicProductsController } from './api/public-products.controller';
import { ShopsController } from './api/shops.controller';
import { VendorImportsController } from './api/vendor-imports.controller';
import { VendorProductsController } from './api/vendor-products.controller';
import { VendorShopController } from './api/vendor-shop.controller';
import { ProductImportService } from './application/product-import.service';
import { ProductModerationService } from './application/product-moderation.service';
import { ProductStockService } from './application/product-stock.service';
import { PublicCatalogService } from './application/public-catalog.service';
import { ShopsService } from './application/shops.service';
import { VendorProductsService } from './application/vendor-products.service';
import { InboundEventsController } from './messaging/inbound-events.controller';

export interface CatalogServices {
  publicCatalog: PublicCatalogService;
  vendorProducts: VendorProductsService;
  imports: ProductImportService;
  moderation: ProductModerationService;
  shops: ShopsService;
  /** The in-stock flag, kept from inventory's stock events. */
  stock: ProductStockService;
}

/** The catalog's HTTP and event handlers; the host builds the services and hands them in. */
@Module({})
export class CatalogModule {
  static register(services: CatalogServices): DynamicModule {
    return {
      module: CatalogModule,
      controllers: [
        PublicProductsController,
        CategoriesController,
        ShopsController,
        VendorImportsController,
        VendorProductsController,
        VendorShopController,
        ModerationController,
        InboundEventsController,
      ],
      providers: [
        { provide: PublicCatalogService, useValue: services.publicCatalog },
        { provide: VendorProductsService, useValue: services.vendorProducts },
        { provide: ProductImportService, useValue: services.imports },
        { provide: ProductModerationService, useValue: services.moderation },
        { provide: ShopsService, useValue: services.shops },
        { provide: ProductStockService, useValue: services.stock },
      ],
    };
  }
}
