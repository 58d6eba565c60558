import { EventConsumer, EventTransport, MessagingMetrics, MessagingTables } from '@getit/messaging';
import { OrderTx } from '../infrastructure/order-prisma';
import { ReadModelsRepository } from '../infrastructure/read-models.repository';
import { OrderUnitOfWork } from '../infrastructure/unit-of-work';

export const READ_MODELS_GROUP = 'order.read-models';

/**
 * Keeps the order service's local copies of catalog prices, available stock and vendors up to date, so carts and
 * checkout never call catalog or inventory. Also links guest orders to the account that verified their phone.
 */
export function readModelsConsumer(deps: {
  transport: EventTransport;
  unitOfWork: OrderUnitOfWork<OrderTx>;
  tables: MessagingTables;
  readModels: ReadModelsRepository;
  metrics: MessagingMetrics;
  log: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
}): EventConsumer<OrderTx> {
  const { readModels } = deps;
  return new EventConsumer<OrderTx>({
    transport: deps.transport,
    db: deps.unitOfWork.transactionRunner,
    groupId: READ_MODELS_GROUP,
    tables: deps.tables,
    metrics: deps.metrics,
    log: deps.log,
  })
    .on('catalog.product-upserted.v1', async ({ data }, tx) => {
      await readModels.upsertProduct(tx, data);
    })
    .on('catalog.product-removed.v1', async ({ data }, tx) => {
      await readModels.removeProduct(tx, data);
    })
    .on('inventory.stock-changed.v1', async ({ data }, tx) => {
      await readModels.setStock(tx, data);
    })
    .on('auth.vendor-approved.v1', async ({ data }, tx) => {
      const { vendorId, shopName, district, version } = data;
      await readModels.applyVendorDecision(tx, { vendorId, shopName, district, active: true, version });
    })
    .on('auth.vendor-suspended.v1', async ({ data }, tx) => {
      const { vendorId, shopName, version } = data;
      await readModels.applyVendorDecision(tx, { vendorId, shopName, active: false, version });
    })
    .on('auth.vendor-reinstated.v1', async ({ data }, tx) => {
      const { vendorId, shopName, version } = data;
      await readModels.applyVendorDecision(tx, { vendorId, shopName, active: true, version });
    })
    .on('auth.phone-verified.v1', async ({ data }, tx) => {
      await readModels.attachGuestOrders(tx, data.phone, data.userId);
    });
}
