import { EventPayload } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { InventoryTx } from '../infrastructure/inventory-prisma';
import { StockRepository } from '../infrastructure/stock.repository';

/**
 * Learns from the catalog which variants exist, whose they are and their SKUs, so a vendor counts stock by variant
 * id alone and no vendor can claim another's variant. Stock itself never follows catalog events: a product taken
 * off sale keeps its units on the shelf. Called from an event handler, the write joins its transaction.
 */
export class CatalogVariantsService {
  constructor(
    private readonly unitOfWork: UnitOfWork<InventoryTx>,
    private readonly stock: StockRepository,
  ) {}

  productUpserted(ctx: RequestContext, product: EventPayload<'catalog.product-upserted.v1'>): Promise<void> {
    const variants = (product.variants ?? []).map((v) => ({ variantId: v.variantId, sku: v.sku }));
    return this.unitOfWork.run(ctx, ({ tx }) => this.stock.registerVariants(tx, product.vendorId, variants));
  }
}
