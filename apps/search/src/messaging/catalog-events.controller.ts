import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { SearchIndexerService } from '../application/search-indexer.service';

/** The consumer group of search's event handlers: its inbox rows, Kafka offsets and `<group>.dlq`. */
export const CATALOG_INDEXER_GROUP = 'search.catalog-indexer';

/** Catalog's product events, applied to the search index once each (served by EventConsumerStrategy). */
@Controller()
export class CatalogEventsController {
  constructor(@Inject(SearchIndexerService) private readonly indexer: SearchIndexerService) {}

  @EventPattern('catalog.product-upserted.v1')
  upserted(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'catalog.product-upserted.v1'>,
  ): Promise<void> {
    return this.indexer.productUpserted(ctx, event.data, event.occurredAt);
  }

  @EventPattern('catalog.product-removed.v1')
  removed(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'catalog.product-removed.v1'>,
  ): Promise<void> {
    return this.indexer.productRemoved(ctx, event.data, event.occurredAt);
  }
}
