import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { SearchIndexerService } from '../application/search-indexer.service';

/** Inventory's stock changes, applied to the index's in-stock flag once each (same group as catalog's events). */
@Controller()
export class InventoryEventsController {
  constructor(@Inject(SearchIndexerService) private readonly indexer: SearchIndexerService) {}

  @EventPattern('inventory.stock-changed.v1')
  stockChanged(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'inventory.stock-changed.v1'>,
  ): Promise<void> {
    return this.indexer.stockChanged(ctx, event.data);
  }
}
