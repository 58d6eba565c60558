import { randomUUID } from 'node:crypto';
import { ConfirmReturnReceiptRequest, PackageReturnView, ReturnReceiptView } from '@getit/contracts';
import { ForbiddenException, NotFoundException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import type { CourierName } from '../../domain/shipment/courier-name';
import {
  awaitsReturnReceipt,
  decideReturnReceipt,
  SoldLine,
} from '../../domain/shipment/return-receipt.rule';
import type { ShipmentStatus } from '../../domain/shipment/shipment-status';
import { ShippingPrismaClient, ShippingTx } from '../../infrastructure/shipping-prisma';
import { shippingEvent } from './shipping-events';

type Db = ShippingPrismaClient | ShippingTx;
interface ReceiptRow {
  receiptId: string;
  packageId: string;
  shipmentStatus: string;
  items: unknown;
  returnedGoodsPoisha: bigint;
  receivedBy: string;
  receivedAt: Date;
}

/**
 * Returns to origin (ADR 0018): a vendor confirms that a returned or partially delivered parcel came back, with what
 * it held. The receipt is one row per package, stored with `shipping.return-received.v1` in one transaction; a
 * second confirmation answers the first receipt and publishes nothing. Inventory, payment and order act on the event.
 */
export class ReturnReceiptsService {
  constructor(
    private readonly prisma: ShippingPrismaClient,
    private readonly unitOfWork: UnitOfWork<ShippingTx>,
    /** Qualifies a table name with the service's schema (the embedded mode shares one session: no search_path). */
    private readonly table: (name: string) => string = (name) => name,
  ) {}

  /** GET /vendors/:vendorId/packages/:packageId/return */
  async view(ctx: RequestContext, vendorId: string, packageId: string): Promise<PackageReturnView> {
    mayHandle(ctx, vendorId);
    // package_lines names no vendor: only a shipment of this vendor shows them
    const shipment = await this.prisma.shipment.findUnique({ where: { packageId } });
    if (!shipment || shipment.vendorId !== vendorId) throw notFound(packageId);
    const lines = await this.lines(this.prisma, packageId);
    const receipt = await this.prisma.returnReceipt.findUnique({ where: { packageId } });
    return {
      packageId,
      shipmentStatus: shipment.status !== 'booking' ? shipment.status : null,
      awaitingReceipt: !receipt && awaitsReturnReceipt(shipment.status),
      lines,
      receipt: receipt ? toView(receipt) : null,
    };
  }

  /** POST /vendors/:vendorId/packages/:packageId/return-receipt: 201 the first time, 200 with that receipt after. */
  async confirm(
    ctx: RequestContext,
    vendorId: string,
    packageId: string,
    request: ConfirmReturnReceiptRequest,
  ): Promise<{ created: boolean; receipt: ReturnReceiptView }> {
    const by = mayHandle(ctx, vendorId);
    return this.unitOfWork.run(ctx, async ({ tx, record }) => {
      // the shipment's row lock queues two confirmations of one package; the second finds the first's receipt
      const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM ${this.table('shipments')} WHERE package_id = $1::uuid AND vendor_id = $2::uuid FOR UPDATE`,
        packageId,
        vendorId,
      );
      if (locked.length === 0) throw notFound(packageId);
      const existing = await tx.returnReceipt.findUnique({ where: { packageId } });
      if (existing) return { created: false, receipt: toView(existing) };
      const shipment = (await tx.shipment.findUnique({ where: { packageId } }))!;
      const decision = decideReturnReceipt(
        shipment.status as ShipmentStatus | 'booking',
        await this.lines(tx, packageId),
        request.items,
      );
      const receivedAt = new Date();
      const row = await tx.returnReceipt.create({
        data: {
          packageId,
          receiptId: randomUUID(),
          shipmentId: shipment.id,
          shipmentStatus: decision.shipmentStatus,
          items: decision.items as unknown as object,
          returnedGoodsPoisha: BigInt(decision.returnedGoodsPoisha),
          receivedBy: by,
          receivedAt,
        },
      });
      record(
        shippingEvent(
          'shipping.return-received.v1',
          {
            receiptId: row.receiptId,
            shipmentId: shipment.id,
            orderId: shipment.orderId,
            packageId,
            vendorId,
            courier: shipment.courier as CourierName,
            consignmentId: shipment.consignmentId ?? packageId,
            shipmentStatus: decision.shipmentStatus,
            items: decision.items.map(({ lineId, variantId, quantity, unitPricePoisha }) => ({
              lineId,
              variantId,
              quantity,
              unitPricePoisha,
            })),
            returnedGoodsPoisha: decision.returnedGoodsPoisha,
            codAmountPoisha: Number(shipment.codAmountPoisha),
            ...(shipment.collectedPoisha !== null
              ? { collectedPoisha: Number(shipment.collectedPoisha) }
              : {}),
            receivedBy: by,
            receivedAt: receivedAt.toISOString(),
          },
          ctx.correlationId,
        ),
      );
      return { created: true, receipt: toView(row) };
    });
  }

  private async lines(db: Db, packageId: string): Promise<SoldLine[]> {
    const rows = await db.packageLine.findMany({ where: { packageId }, orderBy: { lineId: 'asc' } });
    return rows.map((row) => ({
      lineId: row.lineId,
      variantId: row.variantId,
      sku: row.sku,
      title: row.title,
      quantity: row.quantity,
      unitPricePoisha: Number(row.unitPricePoisha),
    }));
  }
}

/** The vendor's own staff, or operations staff for any vendor; answers who confirms. */
function mayHandle(ctx: RequestContext, vendorId: string): string {
  const staff = (ctx.actor?.roles ?? []).some((role) => role.startsWith('admin:'));
  if (!ctx.actor || (!staff && ctx.vendorId !== vendorId))
    throw new ForbiddenException('This package belongs to another vendor.');
  return ctx.actor.id;
}

function notFound(packageId: string): NotFoundException {
  return new NotFoundException(`Package ${packageId} has no shipment.`, {
    extensions: { field: 'packageId' },
  });
}

function toView(row: ReceiptRow): ReturnReceiptView {
  return {
    receiptId: row.receiptId,
    packageId: row.packageId,
    shipmentStatus: row.shipmentStatus as ReturnReceiptView['shipmentStatus'],
    items: row.items as SoldLine[],
    returnedGoodsPoisha: Number(row.returnedGoodsPoisha),
    receivedBy: row.receivedBy,
    receivedAt: row.receivedAt.toISOString(),
  };
}
