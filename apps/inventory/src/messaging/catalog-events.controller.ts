import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CatalogVariantsService } from '../application/catalog-variants.service';

/** The consumer group of the catalog handlers: its inbox rows, Kafka offsets and `<group>.dlq`. */
export const CATALOG_VARIANTS_GROUP = 'inventory.catalog-variants';

/** The catalog's variants (owner and SKU), registered once each (served by EventConsumerStrategy). */
@Controller()
export class CatalogEventsController {
  constructor(@Inject(CatalogVariantsService) private readonly variants: CatalogVariantsService) {}

  @EventPattern('catalog.product-upserted.v1', { group: CATALOG_VARIANTS_GROUP })
  upserted(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'catalog.product-upserted.v1'>,
  ): Promise<void> {
    return this.variants.productUpserted(ctx, event.data);
  }
}
