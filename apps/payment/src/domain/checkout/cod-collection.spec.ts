import { applyPackageOutcome, PackageCollection, summarizeCollection } from './cod-collection';

const packages: PackageCollection[] = [
  { packageId: 'p1', vendorId: 'v1', amountPoisha: 257_000, status: 'pending' },
  { packageId: 'p2', vendorId: 'v2', amountPoisha: 53_000, status: 'pending' },
];

function step(current: readonly PackageCollection[], packageId: string, outcome: 'delivered' | 'cancelled') {
  const result = applyPackageOutcome(current, packageId, outcome);
  if (!result.ok) throw new Error(result.reason);
  return result.packages;
}

describe('cash on delivery, package by package', () => {
  it('collects each package on its own and is settled once every package is delivered', () => {
    const first = step(packages, 'p1', 'delivered');
    expect(summarizeCollection(first)).toEqual({
      collectedPoisha: 257_000,
      outstandingPoisha: 53_000,
      settled: false,
    });
    expect(summarizeCollection(step(first, 'p2', 'delivered'))).toEqual({
      collectedPoisha: 310_000,
      outstandingPoisha: 0,
      settled: true,
    });
  });

  it('settles for less when a package is cancelled: its cash is never collected', () => {
    const done = step(step(packages, 'p2', 'cancelled'), 'p1', 'delivered');
    expect(summarizeCollection(done)).toEqual({
      collectedPoisha: 257_000,
      outstandingPoisha: 0,
      settled: true,
    });
    expect(summarizeCollection(step(step(packages, 'p1', 'cancelled'), 'p2', 'cancelled'))).toEqual({
      collectedPoisha: 0,
      outstandingPoisha: 0,
      settled: true,
    });
  });

  it('answers repeats unchanged and never mutates its input', () => {
    const first = step(packages, 'p1', 'delivered');
    expect(applyPackageOutcome(first, 'p1', 'delivered')).toMatchObject({ ok: true, changed: false });
    expect(packages[0]!.status).toBe('pending');
  });

  it('refuses to cancel collected cash, to collect a cancelled package, or an unknown package', () => {
    expect(applyPackageOutcome(step(packages, 'p1', 'delivered'), 'p1', 'cancelled')).toEqual({
      ok: false,
      reason: 'package p1 was already collected',
    });
    expect(applyPackageOutcome(step(packages, 'p1', 'cancelled'), 'p1', 'delivered')).toEqual({
      ok: false,
      reason: 'package p1 was already cancelled',
    });
    expect(applyPackageOutcome(packages, 'p9', 'delivered')).toMatchObject({ ok: false });
  });

  it('is never settled without packages', () => {
    expect(summarizeCollection([]).settled).toBe(false);
  });
});
