import { DynamicModule, Module } from '@nestjs/common';
import { SearchController } from './api/search.controller';
import { SearchService } from './application/search.service';

@Module({})
export class SearchModule {
  static register(search: SearchService): DynamicModule {
    return {
      module: SearchModule,
      controllers: [SearchController],
      providers: [{ provide: SearchService, useValue: search }],
    };
  }
}
