import { randomUUID } from 'node:crypto';
import { PaymentPrismaClient, PaymentTx } from '../payment-prisma';
import type {
  CodConsignment as CodConsignmentRow,
  CodReconciliationItem as CodReconciliationItemRow,
} from '../prisma/generated/client';

export type { CodConsignmentRow, CodReconciliationItemRow };
type Db = PaymentTx | PaymentPrismaClient;

export interface NewCodConsignment {
  packageId: string;
  orderId: string;
  vendorId: string;
  courier: string;
  consignmentId: string;
  packageTotalPoisha: number;
  collectedPoisha: number;
  deliveredAt: Date;
}

export interface NewReconciliationItem {
  key: string;
  kind: 'short' | 'missing' | 'over' | 'unknown' | 'duplicate' | 'uncollected';
  courier: string;
  remittanceId: string | null;
  consignmentId: string;
  packageId: string | null;
  vendorId: string | null;
  expectedPoisha: number;
  settledPoisha: number;
  differencePoisha: number;
}

/** Delivered cash-on-delivery consignments per courier, and finance's reconciliation queue. */
export class CodReconciliationRepository {
  /** `table` qualifies a table name with the service's schema (the embedded mode shares one session: no search_path). */
  constructor(private readonly table: (name: string) => string = (name) => name) {}

  /** False when the package's consignment was already recorded (a redelivered or second delivery report). */
  async insertConsignment(tx: PaymentTx, row: NewCodConsignment): Promise<boolean> {
    const inserted = await tx.codConsignment.createMany({
      data: [
        {
          ...row,
          packageTotalPoisha: BigInt(row.packageTotalPoisha),
          collectedPoisha: BigInt(row.collectedPoisha),
        },
      ],
      skipDuplicates: true,
    });
    return inserted.count === 1;
  }

  /** The consignment, locked until the transaction ends, by the courier's id (or our package id). */
  async lockConsignment(
    tx: PaymentTx,
    courier: string,
    consignmentId: string,
    packageId: string | undefined,
  ): Promise<CodConsignmentRow | null> {
    const rows = await tx.$queryRawUnsafe<{ package_id: string }[]>(
      `SELECT package_id FROM ${this.table('cod_consignments')}
        WHERE courier = $1 AND (consignment_id = $2 OR package_id::text = $3)
        ORDER BY (consignment_id = $2) DESC LIMIT 1 FOR UPDATE`,
      courier,
      consignmentId,
      packageId ?? '',
    );
    const id = rows[0]?.package_id;
    return id ? tx.codConsignment.findUnique({ where: { packageId: id } }) : null;
  }

  async markSettled(
    tx: PaymentTx,
    packageId: string,
    settlement: { remittanceId: string; settledPoisha: number; feesPoisha: number; at: Date },
  ): Promise<void> {
    await tx.codConsignment.update({
      where: { packageId },
      data: {
        remittanceId: settlement.remittanceId,
        settledPoisha: BigInt(settlement.settledPoisha),
        feesPoisha: BigInt(settlement.feesPoisha),
        remittedAt: settlement.at,
      },
    });
  }

  async queue(tx: PaymentTx, item: NewReconciliationItem): Promise<boolean> {
    const inserted = await tx.codReconciliationItem.createMany({
      data: [
        {
          ...item,
          id: randomUUID(),
          expectedPoisha: BigInt(item.expectedPoisha),
          settledPoisha: BigInt(item.settledPoisha),
          differencePoisha: BigInt(item.differencePoisha),
        },
      ],
      skipDuplicates: true,
    });
    return inserted.count === 1;
  }

  items(db: Db, status: 'open' | 'resolved' | undefined, limit: number): Promise<CodReconciliationItemRow[]> {
    return db.codReconciliationItem.findMany({
      where: status ? { status } : {},
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: limit,
    });
  }

  item(db: Db, id: string): Promise<CodReconciliationItemRow | null> {
    return db.codReconciliationItem.findUnique({ where: { id } });
  }

  /** True when this call resolved it (false: it was already resolved). */
  async resolve(tx: PaymentTx, id: string, by: string, resolution: string, at: Date): Promise<boolean> {
    const updated = await tx.codReconciliationItem.updateMany({
      where: { id, status: 'open' },
      data: { status: 'resolved', resolvedBy: by, resolution, resolvedAt: at },
    });
    return updated.count === 1;
  }

  /** The package's consignment as shipping reported it delivered (or partially delivered). */
  consignmentOf(tx: PaymentTx, packageId: string): Promise<CodConsignmentRow | null> {
    return tx.codConsignment.findUnique({ where: { packageId } });
  }

  /** Resolves the open item under `key`; true when this call resolved it. */
  async resolveByKey(tx: PaymentTx, key: string, by: string, resolution: string, at: Date): Promise<boolean> {
    const updated = await tx.codReconciliationItem.updateMany({
      where: { key, status: 'open' },
      data: { status: 'resolved', resolvedBy: by, resolution, resolvedAt: at },
    });
    return updated.count === 1;
  }

  /** Delivered consignments with cash the courier has not remitted by `dueBefore` and not yet queued as missing. */
  overdue(tx: PaymentTx, dueBefore: Date, limit: number): Promise<CodConsignmentRow[]> {
    return tx.$queryRawUnsafe<CodConsignmentRow[]>(
      `SELECT package_id AS "packageId", order_id AS "orderId", vendor_id AS "vendorId", courier,
              consignment_id AS "consignmentId", collected_poisha AS "collectedPoisha", delivered_at AS "deliveredAt"
         FROM ${this.table('cod_consignments')} c
        WHERE remittance_id IS NULL AND collected_poisha > 0 AND delivered_at < $1
          AND NOT EXISTS (SELECT 1 FROM ${this.table('cod_reconciliation_items')} i
                           WHERE i.key = 'missing:' || c.courier || ':overdue:' || c.consignment_id)
        ORDER BY delivered_at
        LIMIT $2`,
      dueBefore,
      limit,
    );
  }

  /** A vendor's cash on delivery: collected by couriers, accounted for by their remittances (cash + fees). */
  async vendorTotals(
    db: Db,
    vendorId: string,
    from: Date,
    to: Date,
  ): Promise<{ collectedPoisha: number; remittedPoisha: number }> {
    const sums = await db.codConsignment.aggregate({
      where: { vendorId, deliveredAt: { gte: from, lt: to } },
      _sum: { collectedPoisha: true, settledPoisha: true },
    });
    return {
      collectedPoisha: Number(sums._sum.collectedPoisha ?? 0n),
      remittedPoisha: Number(sums._sum.settledPoisha ?? 0n),
    };
  }
}
