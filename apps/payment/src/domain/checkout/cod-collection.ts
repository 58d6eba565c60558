/** Cash on delivery is collected per vendor package: each courier hands over one package's cash. */
export const PACKAGE_COLLECTION_STATUSES = ['pending', 'collected', 'cancelled'] as const;
export type PackageCollectionStatus = (typeof PACKAGE_COLLECTION_STATUSES)[number];

export interface PackageCollection {
  packageId: string;
  vendorId: string;
  amountPoisha: number;
  status: PackageCollectionStatus;
}

/** What happened to a package: delivered (its cash collected) or cancelled (its cash will never be collected). */
export type PackageOutcome = 'delivered' | 'cancelled';

export type CollectionStep =
  { ok: true; packages: PackageCollection[]; changed: boolean } | { ok: false; reason: string };

export interface CollectionSummary {
  collectedPoisha: number;
  /** Still to be collected from packages on their way. */
  outstandingPoisha: number;
  /** Every package was delivered or cancelled: the intent can be captured for what was collected. */
  settled: boolean;
}

/**
 * pending → collected (delivered) | cancelled. Repeats are answered unchanged. A collected package is never
 * cancelled (its cash is in hand: that is a refund) and a cancelled one is never collected.
 */
export function applyPackageOutcome(
  packages: readonly PackageCollection[],
  packageId: string,
  outcome: PackageOutcome,
): CollectionStep {
  const target = packages.find((p) => p.packageId === packageId);
  if (!target) return { ok: false, reason: `package ${packageId} is not part of this payment` };
  const to: PackageCollectionStatus = outcome === 'delivered' ? 'collected' : 'cancelled';
  if (target.status === to) return { ok: true, packages: [...packages], changed: false };
  if (target.status !== 'pending')
    return { ok: false, reason: `package ${packageId} was already ${target.status}` };
  return {
    ok: true,
    packages: packages.map((p) => (p.packageId === packageId ? { ...p, status: to } : p)),
    changed: true,
  };
}

export function summarizeCollection(packages: readonly PackageCollection[]): CollectionSummary {
  const sum = (status: PackageCollectionStatus) =>
    packages.reduce((total, p) => (p.status === status ? total + p.amountPoisha : total), 0);
  return {
    collectedPoisha: sum('collected'),
    outstandingPoisha: sum('pending'),
    settled: packages.length > 0 && packages.every((p) => p.status !== 'pending'),
  };
}
