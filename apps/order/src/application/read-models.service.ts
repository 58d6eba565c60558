import { EventPayload } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { OrderTx } from '../infrastructure/order-prisma';
import { ReadModelsRepository, VendorDecision } from '../infrastructure/read-models.repository';

type ProductUpserted = EventPayload<'catalog.product-upserted.v1'>;
type ProductRemoved = EventPayload<'catalog.product-removed.v1'>;
type StockChanged = EventPayload<'inventory.stock-changed.v1'>;

/**
 * Keeps the order service's local copies of catalog prices, available stock and vendors up to date, so carts and
 * checkout never call catalog or inventory; also links guest orders to the account that verified their phone.
 * Called from an event handler, each write joins the handler's transaction (with its inbox row).
 */
export class ReadModelsService {
  constructor(
    private readonly unitOfWork: UnitOfWork<OrderTx>,
    private readonly readModels: ReadModelsRepository,
  ) {}

  async productUpserted(ctx: RequestContext, product: ProductUpserted): Promise<void> {
    await this.unitOfWork.run(ctx, ({ tx }) => this.readModels.upsertProduct(tx, product));
  }

  async productRemoved(ctx: RequestContext, product: ProductRemoved): Promise<void> {
    await this.unitOfWork.run(ctx, ({ tx }) => this.readModels.removeProduct(tx, product));
  }

  stockChanged(ctx: RequestContext, stock: StockChanged): Promise<void> {
    return this.unitOfWork.run(ctx, ({ tx }) => this.readModels.setStock(tx, stock));
  }

  vendorDecided(ctx: RequestContext, decision: VendorDecision): Promise<void> {
    return this.unitOfWork.run(ctx, ({ tx }) => this.readModels.applyVendorDecision(tx, decision));
  }

  /** A phone verified by an account: the guest orders placed with it become that account's. */
  async phoneVerified(ctx: RequestContext, phone: string, userId: string): Promise<void> {
    await this.unitOfWork.run(ctx, ({ tx }) => this.readModels.attachGuestOrders(tx, phone, userId));
  }
}
