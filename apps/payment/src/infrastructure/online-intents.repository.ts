import { PaymentMethod } from '../domain';
import { IntentWithPackages } from './payment-intents.repository';
import { PaymentTx } from './payment-prisma';

const withPackages = { packages: { orderBy: { packageId: 'asc' } } } as const;

/**
 * The online-payment queries: intents by the provider's payment id (what callbacks name), row locks for the
 * capture (`SELECT … FOR UPDATE`, so duplicate callbacks capture once) and the expiry sweeper's queue
 * (`FOR UPDATE SKIP LOCKED`, so replicas never sweep the same intent). Prisma has no row locks, hence raw SQL on
 * the schema-qualified table.
 */
export class OnlineIntentsRepository {
  private readonly intents: string;

  constructor(schema = 'public') {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
    this.intents = `"${schema}".payment_intents`;
  }

  findByProviderRef(
    tx: PaymentTx,
    method: PaymentMethod,
    providerRef: string,
  ): Promise<IntentWithPackages | null> {
    return tx.paymentIntent.findFirst({ where: { method, providerRef }, include: withPackages });
  }

  findByOrder(tx: PaymentTx, orderId: string): Promise<IntentWithPackages | null> {
    return tx.paymentIntent.findUnique({ where: { orderId }, include: withPackages });
  }

  /** Locks the intent's row until the transaction ends and reads it afresh; null when there is none. */
  async lock(tx: PaymentTx, id: string): Promise<IntentWithPackages | null> {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM ${this.intents} WHERE id = $1::uuid FOR UPDATE`,
      id,
    );
    if (rows.length === 0) return null;
    return tx.paymentIntent.findUnique({ where: { id }, include: withPackages });
  }

  /** The online intent waiting longest past its expiry, locked; one another replica holds is skipped. */
  async lockNextExpired(tx: PaymentTx, now: Date): Promise<IntentWithPackages | null> {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM ${this.intents}
        WHERE status = 'requires_action' AND method <> 'cod' AND expires_at <= $1::timestamptz
        ORDER BY expires_at
        LIMIT 1
          FOR UPDATE SKIP LOCKED`,
      now,
    );
    const [row] = rows;
    return row ? tx.paymentIntent.findUnique({ where: { id: row.id }, include: withPackages }) : null;
  }

  /** The provider's id of the captured money (bKash trxID, Nagad issuer ref, SSLCommerz bank_tran_id). */
  async recordProviderTxn(tx: PaymentTx, id: string, providerTxnId: string | null): Promise<void> {
    if (providerTxnId) await tx.paymentIntent.update({ where: { id }, data: { providerTxnId } });
  }

  /** Online intents of an order whose money already moved: a cancelled order's refund candidates. */
  capturedOnlineOfOrder(tx: PaymentTx, orderId: string): Promise<IntentWithPackages[]> {
    return tx.paymentIntent.findMany({
      where: { orderId, method: { not: 'cod' }, status: { in: ['captured', 'partially_refunded'] } },
      include: withPackages,
    });
  }
}
