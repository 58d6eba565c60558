import { PaymentIntentStatus, PaymentView } from '@getit/contracts';
import {
  PackageCollection,
  PackageCollectionStatus,
  PaymentIntent,
  PaymentMethod,
  PaymentStatus,
} from '../domain';
import { IntentWithDetails, IntentWithPackages } from '../infrastructure/payment-intents.repository';

const iso = (date: Date | null): string | undefined => date?.toISOString();

/** The domain's view of a stored intent. Refunds are not stored yet (no refund flow), so there are none. */
export function toPaymentIntent(row: IntentWithPackages): PaymentIntent {
  return {
    id: row.id,
    orderId: row.orderId,
    method: row.method as PaymentMethod,
    currency: 'BDT',
    amountPoisha: Number(row.amountPoisha),
    status: row.status as PaymentStatus,
    capturedPoisha: Number(row.capturedPoisha),
    refunds: [],
    failureReason: row.failureReason,
  };
}

export function toPackageCollections(row: IntentWithPackages): PackageCollection[] {
  return row.packages.map((p) => ({
    packageId: p.packageId,
    vendorId: p.vendorId,
    amountPoisha: Number(p.amountPoisha),
    status: p.status as PackageCollectionStatus,
  }));
}

export function toPaymentView(row: IntentWithDetails): PaymentView {
  const packages = row.packages.map((p) => ({
    packageId: p.packageId,
    vendorId: p.vendorId,
    amountPoisha: Number(p.amountPoisha),
    status: p.status as PackageCollectionStatus,
    collectedAt: iso(p.collectedAt),
    cancelledAt: iso(p.cancelledAt),
  }));
  return {
    id: row.id,
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    method: row.method as PaymentMethod,
    amountPoisha: Number(row.amountPoisha),
    currency: 'BDT',
    status: row.status as PaymentIntentStatus,
    capturedPoisha: Number(row.capturedPoisha),
    collectedPoisha: packages.reduce((sum, p) => (p.status === 'collected' ? sum + p.amountPoisha : sum), 0),
    providerRef: row.providerRef,
    failureReason: row.failureReason,
    packages,
    history: row.history.map((h) => ({
      from: h.fromStatus as PaymentIntentStatus | null,
      to: h.toStatus as PaymentIntentStatus,
      reason: h.reason,
      correlationId: h.correlationId,
      at: h.createdAt.toISOString(),
    })),
    deadlineAt: row.deadlineAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    authorizedAt: iso(row.authorizedAt),
    capturedAt: iso(row.capturedAt),
    cancelledAt: iso(row.cancelledAt),
    failedAt: iso(row.failedAt),
  };
}
