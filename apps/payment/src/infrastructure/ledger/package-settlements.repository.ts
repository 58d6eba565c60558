import { ConflictException } from '@getit/errors';
import { PackageSettlement } from '../../domain';
import { PaymentTx } from '../payment-prisma';
import type {
  LedgerCapture as LedgerCaptureRow,
  PackageSale as PackageSaleRow,
  PackageSettlement as PackageSettlementRow,
} from '../prisma/generated/client';

export type { LedgerCaptureRow, PackageSaleRow };
export type SettlementWithSale = PackageSettlementRow & { sale: PackageSaleRow };

/** A sold line as stored on package_sales.lines, with the commission terms frozen at sale. */
export interface StoredSaleLine {
  lineId: string;
  categorySlug: string | null;
  totalPoisha: number;
  commission: { ruleId: string; rateBps: number; minimumPoisha: number; vatRateBps: number };
  commissionPoisha: number;
  vatPoisha: number;
}

export interface NewPackageSale {
  packageId: string;
  orderId: string;
  orderNumber: string;
  vendorId: string;
  paymentMethod: string;
  lines: StoredSaleLine[];
  goodsPoisha: number;
  commissionPoisha: number;
  vatPoisha: number;
  deliveryChargePoisha: number;
  soldAt: Date;
}

/** What a step records besides the domain settlement: who paid, which courier, what was reported early. */
export interface SettlementPatch {
  paymentId?: string | null;
  courier?: string;
  deliveryReportedAt?: Date;
  cancelledAt?: Date;
}

export interface NewCapture {
  paymentId: string;
  orderId: string;
  method: string;
  amountPoisha: number;
  providerRef: string;
  packages: { packageId: string; vendorId: string; amountPoisha: number }[];
  capturedAt: Date;
}

const withSale = { sale: true } as const;

/** The order's funding lock (see `lockOrderFunding`), on the order id in `$1`. */
export const ORDER_FUNDING_LOCK = `pg_advisory_xact_lock(hashtext('payment.order-funding'), hashtext($1))`;

/**
 * Sold packages (written once), where their money stands (moved with compare-and-set on `version`, so two
 * transactions cannot both move one package: the loser's event is retried, the loser's request answers 409),
 * and online captures as received.
 */
export class PackageSettlementsRepository {
  /** `table` qualifies a table name with the service's schema (the embedded mode shares one session: no search_path). */
  constructor(private readonly table: (name: string) => string = (name) => name) {}

  /**
   * Records the order's sold packages, each with its settlement awaiting funds (a package already recorded, the same
   * order placed event again, is left as it is), and answers the order's captures not applied yet, oldest first:
   * one statement. Run after `lockOrderFunding`, in a statement of its own (so its snapshot sees a capture committed
   * while this transaction waited for the lock).
   */
  async insertSales(tx: PaymentTx, orderId: string, sales: NewPackageSale[]): Promise<LedgerCaptureRow[]> {
    const now = new Date();
    return tx.$queryRawUnsafe<LedgerCaptureRow[]>(
      `WITH s AS (
         INSERT INTO ${this.table('package_sales')} (package_id, order_id, order_number, vendor_id, payment_method,
                lines, goods_poisha, commission_poisha, vat_poisha, delivery_charge_poisha, sold_at, created_at)
         SELECT x.package_id, x.order_id, x.order_number, x.vendor_id, x.payment_method, x.lines, x.goods_poisha,
                x.commission_poisha, x.vat_poisha, x.delivery_charge_poisha, x.sold_at, $3::timestamptz
           FROM jsonb_to_recordset($2::jsonb) AS x(package_id uuid, order_id uuid, order_number text, vendor_id uuid,
                payment_method text, lines jsonb, goods_poisha bigint, commission_poisha bigint, vat_poisha bigint,
                delivery_charge_poisha bigint, sold_at timestamptz)
             ON CONFLICT DO NOTHING
         RETURNING package_id, order_id, vendor_id, payment_method
       ), settlements AS (
         INSERT INTO ${this.table('package_settlements')} (package_id, order_id, vendor_id, payment_method, updated_at)
         SELECT package_id, order_id, vendor_id, payment_method, $3::timestamptz FROM s
       )
       SELECT payment_id AS "paymentId", order_id AS "orderId", method, amount_poisha AS "amountPoisha",
              provider_ref AS "providerRef", packages, captured_at AS "capturedAt", applied_at AS "appliedAt"
         FROM ${this.table('ledger_captures')}
        WHERE order_id = $1::uuid AND applied_at IS NULL
        ORDER BY captured_at`,
      orderId,
      JSON.stringify(
        sales.map((sale) => ({
          package_id: sale.packageId,
          order_id: sale.orderId,
          order_number: sale.orderNumber,
          vendor_id: sale.vendorId,
          payment_method: sale.paymentMethod,
          lines: sale.lines,
          goods_poisha: sale.goodsPoisha,
          commission_poisha: sale.commissionPoisha,
          vat_poisha: sale.vatPoisha,
          delivery_charge_poisha: sale.deliveryChargePoisha,
          sold_at: sale.soldAt.toISOString(),
        })),
      ),
      now,
    );
  }

  /**
   * Takes the order's funding lock until the transaction ends. The sale (`order.orders`) and the capture
   * (`payment.payments`) arrive on two topics and may be handled at the same moment; each takes this lock first,
   * so the later one sees what the earlier one committed and the capture is posted exactly once, never forgotten.
   * (The sale takes it with its commission rules read: `CommissionRulesRepository.activeTakingOrderFunding`.)
   */
  async lockOrderFunding(tx: PaymentTx, orderId: string): Promise<void> {
    await tx.$executeRawUnsafe(`SELECT ${ORDER_FUNDING_LOCK}`, orderId);
  }

  /**
   * Takes the package's decision lock until the transaction ends, then reads it: admin decisions on one package
   * (refunds) queue here, so the second sees what the first committed instead of colliding with it.
   */
  async lockForDecision(tx: PaymentTx, packageId: string): Promise<SettlementWithSale | null> {
    await tx.$executeRawUnsafe(
      `SELECT pg_advisory_xact_lock(hashtext('payment.package-settlement'), hashtext($1))`,
      packageId,
    );
    return this.get(tx, packageId);
  }

  get(tx: PaymentTx, packageId: string): Promise<SettlementWithSale | null> {
    return tx.packageSettlement.findUnique({ where: { packageId }, include: withSale });
  }

  ofPackages(tx: PaymentTx, packageIds: string[]): Promise<SettlementWithSale[]> {
    return tx.packageSettlement.findMany({
      where: { packageId: { in: packageIds } },
      include: withSale,
      orderBy: { packageId: 'asc' },
    });
  }

  ofOrder(tx: PaymentTx, orderId: string): Promise<SettlementWithSale[]> {
    return tx.packageSettlement.findMany({
      where: { orderId },
      include: withSale,
      orderBy: { packageId: 'asc' },
    });
  }

  /**
   * Stores the settlement a posting rule returned (and `patch`) if the row is still at `version`; throws when
   * another transaction moved it first, so the caller's transaction rolls back and is retried.
   */
  async save(
    tx: PaymentTx,
    version: number,
    settlement: PackageSettlement,
    patch: SettlementPatch = {},
  ): Promise<void> {
    const moved = await tx.packageSettlement.updateMany({
      where: { packageId: settlement.packageId, version },
      data: {
        ...patch,
        stage: settlement.stage,
        fundedPoisha: BigInt(settlement.fundedPoisha),
        refundedGoodsPoisha: BigInt(settlement.refundedGoodsPoisha),
        refundedDeliveryPoisha: BigInt(settlement.refundedDeliveryPoisha),
        deliveredAt: settlement.deliveredAt,
        version: { increment: 1 },
        updatedAt: new Date(),
      },
    });
    if (moved.count === 0)
      throw new ConflictException(
        `The money of package ${settlement.packageId} moved while this was being decided; nothing was written. Reload it and try again.`,
        { extensions: { packageId: settlement.packageId, reason: 'settlement_changed' } },
      );
  }

  /** False when this payment's capture was already received. */
  async insertCapture(tx: PaymentTx, capture: NewCapture): Promise<boolean> {
    const inserted = await tx.ledgerCapture.createMany({
      data: [{ ...capture, amountPoisha: BigInt(capture.amountPoisha), packages: capture.packages }],
      skipDuplicates: true,
    });
    return inserted.count > 0;
  }

  findCapture(tx: PaymentTx, paymentId: string): Promise<LedgerCaptureRow | null> {
    return tx.ledgerCapture.findUnique({ where: { paymentId } });
  }

  async markCaptureApplied(tx: PaymentTx, paymentId: string): Promise<void> {
    await tx.ledgerCapture.update({ where: { paymentId }, data: { appliedAt: new Date() } });
  }
}
