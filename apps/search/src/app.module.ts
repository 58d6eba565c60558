import { DynamicModule, Module } from '@nestjs/common';
import { SearchController } from './api/search.controller';
import { SearchIndexerService } from './application/search-indexer.service';
import { SearchService } from './application/search.service';
import { CatalogEventsController } from './messaging/catalog-events.controller';
import { InventoryEventsController } from './messaging/inventory-events.controller';

@Module({})
export class SearchModule {
  static register(services: { search: SearchService; indexer: SearchIndexerService }): DynamicModule {
    return {
      module: SearchModule,
      controllers: [SearchController, CatalogEventsController, InventoryEventsController],
      providers: [
        { provide: SearchService, useValue: services.search },
        { provide: SearchIndexerService, useValue: services.indexer },
      ],
    };
  }
}
