import { PaymentMethod, PaymentStatus } from '../domain';
import {
  PaymentIntentRow,
  PaymentPackageRow,
  PaymentPrismaClient,
  PaymentStatusChangeRow,
  PaymentTx,
} from './payment-prisma';

export type IntentWithPackages = PaymentIntentRow & { packages: PaymentPackageRow[] };
export type IntentWithDetails = IntentWithPackages & { history: PaymentStatusChangeRow[] };

/** A status an intent moved through, with why; written with every change. */
export interface StatusChange {
  from: PaymentStatus | null;
  to: PaymentStatus;
  reason: string | null;
}

export interface NewIntent {
  id: string;
  orderId: string;
  orderNumber: string;
  method: PaymentMethod;
  amountPoisha: number;
  status: PaymentStatus;
  providerRef: string | null;
  failureReason: string | null;
  correlationId: string;
  deadlineAt: Date;
  authorizedAt?: Date;
  failedAt?: Date;
  /** Online payments: our reference at the provider, the shopper's page, and when the wait ends. */
  providerReference?: string | null;
  redirectUrl?: string | null;
  expiresAt?: Date | null;
  packages: { packageId: string; vendorId: string; amountPoisha: number }[];
  history: StatusChange[];
  /** Writes nothing when the order has an intent already (else that is a unique violation). */
  unlessOrderHasOne?: boolean;
}

/** What a move changes besides the status: amounts and the stamp of the new status. */
export interface IntentPatch {
  capturedPoisha?: number;
  failureReason?: string | null;
  authorizedAt?: Date;
  capturedAt?: Date;
  cancelledAt?: Date;
  failedAt?: Date;
}

/** Statuses from which an intent can still be cancelled: no money has moved. */
const NON_FINAL: PaymentStatus[] = ['requires_action', 'authorized'];

const withPackages = { packages: { orderBy: { packageId: 'asc' } } } as const;
const withDetails = { ...withPackages, history: { orderBy: { seq: 'asc' } } } as const;

/**
 * Every query on payment intents. Writers move an intent with compare-and-set on its status (`UPDATE … WHERE
 * status = from`), so two consumers racing on one intent cannot both apply a transition: the loser's
 * transaction fails and its event is retried against the new state.
 */
export class PaymentIntentsRepository {
  constructor(
    private readonly prisma: PaymentPrismaClient,
    /** Qualifies a table name with the service's schema (the embedded mode shares one session: no search_path). */
    private readonly table: (name: string) => string = (name) => name,
  ) {}

  findByOrder(tx: PaymentTx, orderId: string): Promise<IntentWithPackages | null> {
    return tx.paymentIntent.findUnique({ where: { orderId }, include: withPackages });
  }

  findById(tx: PaymentTx, id: string): Promise<IntentWithPackages | null> {
    return tx.paymentIntent.findUnique({ where: { id }, include: withPackages });
  }

  /** The order's intents that can still be cancelled. */
  cancellableOfOrder(tx: PaymentTx, orderId: string): Promise<IntentWithPackages[]> {
    return tx.paymentIntent.findMany({
      where: { orderId, status: { in: NON_FINAL } },
      include: withPackages,
      orderBy: { createdAt: 'asc' },
    });
  }

  findDetails(id: string): Promise<IntentWithDetails | null> {
    return this.prisma.paymentIntent.findUnique({ where: { id }, include: withDetails });
  }

  listDetailsByOrder(orderId: string): Promise<IntentWithDetails[]> {
    return this.prisma.paymentIntent.findMany({
      where: { orderId },
      include: withDetails,
      orderBy: { createdAt: 'asc' },
    });
  }

  /**
   * The intent with its packages and its first statuses: one statement. False when nothing was written: the order
   * has an intent already and `unlessOrderHasOne` was asked.
   */
  async insert(tx: PaymentTx, intent: NewIntent): Promise<boolean> {
    const { packages, history } = intent;
    const now = new Date();
    const written = await tx.$executeRawUnsafe(
      `WITH intent AS (
         INSERT INTO ${this.table('payment_intents')} (id, order_id, order_number, method, amount_poisha, status,
                provider_ref, failure_reason, correlation_id, deadline_at, created_at, updated_at, authorized_at,
                failed_at, provider_reference, redirect_url, expires_at)
         VALUES ($1::uuid, $2::uuid, $3::text, $4::text, $5::bigint, $6::text, $7::text, $8::text, $9::text,
                 $10::timestamptz, $11::timestamptz, $11::timestamptz, $12::timestamptz, $13::timestamptz, $14::text,
                 $15::text, $16::timestamptz)
         ${intent.unlessOrderHasOne ? 'ON CONFLICT (order_id) DO NOTHING' : ''}
         RETURNING id
       ), packages AS (
         INSERT INTO ${this.table('payment_packages')} (payment_id, package_id, vendor_id, amount_poisha)
         SELECT intent.id, p.package_id, p.vendor_id, p.amount_poisha
           FROM intent, unnest($17::uuid[], $18::uuid[], $19::bigint[]) AS p(package_id, vendor_id, amount_poisha)
       )
       INSERT INTO ${this.table('payment_status_history')} (payment_id, from_status, to_status, reason,
              correlation_id, created_at)
       SELECT intent.id, h.from_status, h.to_status, h.reason, $9::text, $11::timestamptz
         FROM intent, unnest($20::text[], $21::text[], $22::text[]) WITH ORDINALITY AS h(from_status, to_status, reason, n)
        ORDER BY h.n`,
      intent.id,
      intent.orderId,
      intent.orderNumber,
      intent.method,
      intent.amountPoisha,
      intent.status,
      intent.providerRef,
      intent.failureReason,
      intent.correlationId,
      intent.deadlineAt,
      now,
      intent.authorizedAt ?? null,
      intent.failedAt ?? null,
      intent.providerReference ?? null,
      intent.redirectUrl ?? null,
      intent.expiresAt ?? null,
      packages.map((p) => p.packageId),
      packages.map((p) => p.vendorId),
      packages.map((p) => p.amountPoisha),
      history.map((h) => h.from),
      history.map((h) => h.to),
      history.map((h) => h.reason),
    );
    // every intent starts with at least one status
    return written > 0;
  }

  /** Moves the intent if it is still in `change.from`; false when another transaction moved it first. */
  async move(
    tx: PaymentTx,
    id: string,
    change: StatusChange & { from: PaymentStatus },
    patch: IntentPatch,
    correlationId: string,
  ): Promise<boolean> {
    const { capturedPoisha, ...stamps } = patch;
    const moved = await tx.paymentIntent.updateMany({
      where: { id, status: change.from },
      data: {
        ...stamps,
        ...(capturedPoisha === undefined ? {} : { capturedPoisha: BigInt(capturedPoisha) }),
        status: change.to,
        updatedAt: new Date(),
      },
    });
    if (moved.count === 0) return false;
    await tx.paymentStatusChange.create({
      data: {
        paymentId: id,
        fromStatus: change.from,
        toStatus: change.to,
        reason: change.reason,
        correlationId,
      },
    });
    return true;
  }

  /** Marks a pending package collected or cancelled; false when it was not pending any more. */
  async settlePackage(
    tx: PaymentTx,
    paymentId: string,
    packageId: string,
    to: 'collected' | 'cancelled',
  ): Promise<boolean> {
    const at = new Date();
    const moved = await tx.paymentPackage.updateMany({
      where: { paymentId, packageId, status: 'pending' },
      data: to === 'collected' ? { status: to, collectedAt: at } : { status: to, cancelledAt: at },
    });
    if (moved.count > 0) await tx.paymentIntent.update({ where: { id: paymentId }, data: { updatedAt: at } });
    return moved.count > 0;
  }
}
