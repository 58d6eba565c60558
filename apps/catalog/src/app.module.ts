import { DynamicModule, Module } from '@nestjs/common';
import { ProductsController } from './api/products.controller';
import { ProductsService } from './application/products.service';

/** The catalog's HTTP module; the host builds the services and hands them in. */
@Module({})
export class CatalogModule {
  static register(products: ProductsService): DynamicModule {
    return {
      module: CatalogModule,
      controllers: [ProductsController],
      providers: [{ provide: ProductsService, useValue: products }],
    };
  }
}
