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

/**
 * Sold packages (written once), where their money stands (moved with compare-and-set on `version`, so two
 * transactions cannot both move one package: the loser's event is retried, the loser's request answers 409),
 * and online captures as received.
 */
export class PackageSettlementsRepository {
  /** False when the package was already recorded (the same order placed event again). */
  async insertSale(tx: PaymentTx, sale: NewPackageSale): Promise<boolean> {
    const inserted = await tx.packageSale.createMany({
      data: [
        {
          ...sale,
          lines: sale.lines as object[],
          goodsPoisha: BigInt(sale.goodsPoisha),
          commissionPoisha: BigInt(sale.commissionPoisha),
          vatPoisha: BigInt(sale.vatPoisha),
          deliveryChargePoisha: BigInt(sale.deliveryChargePoisha),
        },
      ],
      skipDuplicates: true,
    });
    if (inserted.count === 0) return false;
    await tx.packageSettlement.create({
      data: {
        packageId: sale.packageId,
        orderId: sale.orderId,
        vendorId: sale.vendorId,
        paymentMethod: sale.paymentMethod,
      },
    });
    return true;
  }

  /**
   * Takes the order's funding lock until the transaction ends. The sale (`order.orders`) and the capture
   * (`payment.payments`) arrive on two topics and may be handled at the same moment; each takes this lock first,
   * so the later one sees what the earlier one committed and the capture is posted exactly once, never forgotten.
   */
  async lockOrderFunding(tx: PaymentTx, orderId: string): Promise<void> {
    await tx.$executeRawUnsafe(
      `SELECT pg_advisory_xact_lock(hashtext('payment.order-funding'), hashtext($1))`,
      orderId,
    );
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

  unappliedCapturesOf(tx: PaymentTx, orderId: string): Promise<LedgerCaptureRow[]> {
    return tx.ledgerCapture.findMany({ where: { orderId, appliedAt: null }, orderBy: { capturedAt: 'asc' } });
  }

  findCapture(tx: PaymentTx, paymentId: string): Promise<LedgerCaptureRow | null> {
    return tx.ledgerCapture.findUnique({ where: { paymentId } });
  }

  async markCaptureApplied(tx: PaymentTx, paymentId: string): Promise<void> {
    await tx.ledgerCapture.update({ where: { paymentId }, data: { appliedAt: new Date() } });
  }
}
