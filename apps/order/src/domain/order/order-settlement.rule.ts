import { PackageStatus, isPackageTerminal } from '../package/package-lifecycle';
import { OrderCommand, OrderStatus } from './order-lifecycle';

/**
 * What a confirmed order becomes once its last package has ended: completed when at least one was delivered,
 * cancelled (all_packages_failed) when every one was returned or cancelled. Null while a package is still on its
 * way, or when the order is not confirmed.
 */
export function settleOrder(
  status: OrderStatus,
  packageStatuses: readonly PackageStatus[],
): Extract<OrderCommand, { type: 'complete' | 'cancel' }> | null {
  if (status !== 'confirmed' || packageStatuses.length === 0) return null;
  if (!packageStatuses.every(isPackageTerminal)) return null;
  if (packageStatuses.includes('delivered')) return { type: 'complete' };
  return { type: 'cancel', reason: 'all_packages_failed', by: 'system' };
}
