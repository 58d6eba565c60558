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
  constructor(private readonly prisma: PaymentPrismaClient) {}

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

  async insert(tx: PaymentTx, intent: NewIntent): Promise<void> {
    const { packages, history, amountPoisha, ...columns } = intent;
    await tx.paymentIntent.create({
      data: {
        ...columns,
        amountPoisha: BigInt(amountPoisha),
        packages: {
          create: packages.map((p) => ({ ...p, amountPoisha: BigInt(p.amountPoisha) })),
        },
        history: {
          create: history.map((h) => ({
            fromStatus: h.from,
            toStatus: h.to,
            reason: h.reason,
            correlationId: intent.correlationId,
          })),
        },
      },
    });
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
