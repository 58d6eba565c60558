import { PaymentTx } from '../payment-prisma';
import type { Payout as PayoutRow } from '../prisma/generated/client';

export type { PayoutRow };
export type PayoutMethod = 'bkash' | 'nagad' | 'bank';

/** Payouts to vendors and how each vendor wants to be paid. */
export class PayoutsRepository {
  /** Serializes payout runs across replicas for the rest of the transaction. */
  async lockRuns(tx: PaymentTx): Promise<void> {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('payment.payout-run'))`);
  }

  async payoutMethods(tx: PaymentTx, vendorIds: string[]): Promise<Map<string, PayoutMethod>> {
    const rows = await tx.vendorPayoutMethod.findMany({ where: { vendorId: { in: vendorIds } } });
    return new Map(rows.map((row) => [row.vendorId, row.payoutMethod as PayoutMethod]));
  }

  /** Records a vendor's payout method unless a newer decision (higher version) is already recorded. */
  async upsertPayoutMethod(
    tx: PaymentTx,
    vendorId: string,
    method: PayoutMethod,
    version: number,
  ): Promise<boolean> {
    const updated = await tx.vendorPayoutMethod.updateMany({
      where: { vendorId, version: { lt: version } },
      data: { payoutMethod: method, version, updatedAt: new Date() },
    });
    if (updated.count > 0) return true;
    const inserted = await tx.vendorPayoutMethod.createMany({
      data: [{ vendorId, payoutMethod: method, version }],
      skipDuplicates: true,
    });
    return inserted.count > 0;
  }

  insert(
    tx: PaymentTx,
    payout: { id: string; runId: string; vendorId: string; amountPoisha: number; method: PayoutMethod },
    at: Date,
  ): Promise<PayoutRow> {
    return tx.payout.create({
      data: { ...payout, amountPoisha: BigInt(payout.amountPoisha), status: 'initiated', initiatedAt: at },
    });
  }

  markSettled(tx: PaymentTx, id: string, at: Date): Promise<PayoutRow> {
    return tx.payout.update({ where: { id }, data: { status: 'settled', settledAt: at } });
  }
}
