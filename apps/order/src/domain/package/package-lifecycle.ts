import { ForbiddenException } from '@getit/errors';
import { Actor } from '../shared/actor';
import { IllegalTransitionException } from '../shared/illegal-transition.exception';
import { TransitionResult } from '../shared/transition-result';

export const PACKAGE_STATUSES = [
  'pending',
  'confirmed',
  'packed',
  'handed_to_courier',
  'delivered',
  'returned',
  'cancelled',
] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];
export type PackageAction = 'confirm' | 'pack' | 'hand_to_courier' | 'deliver' | 'return' | 'cancel';

/** What the machine needs to know about a package: its state and who it belongs to. */
export interface PackageSnapshot {
  status: PackageStatus;
  vendorId: string;
  shopperId: string;
}

const NEXT: Record<PackageAction, { from: readonly PackageStatus[]; to: PackageStatus }> = {
  confirm: { from: ['pending'], to: 'confirmed' },
  pack: { from: ['confirmed'], to: 'packed' },
  hand_to_courier: { from: ['packed'], to: 'handed_to_courier' },
  deliver: { from: ['handed_to_courier'], to: 'delivered' },
  return: { from: ['handed_to_courier'], to: 'returned' },
  cancel: { from: ['pending', 'confirmed', 'packed', 'handed_to_courier'], to: 'cancelled' },
};

const BEFORE_HANDOVER: readonly PackageStatus[] = ['pending', 'confirmed', 'packed'];

export function isPackageTerminal(status: PackageStatus): boolean {
  return status === 'delivered' || status === 'returned' || status === 'cancelled';
}

/** True once the package has left the vendor: a courier holds it or held it. */
export function wasHandedOver(status: PackageStatus): boolean {
  return status === 'handed_to_courier' || status === 'delivered' || status === 'returned';
}

/**
 * pending → confirmed → packed → handed_to_courier → delivered | returned; cancelled from any state before
 * delivery. A package is `pending` while its order's checkout saga runs (stock and payment not yet settled): only
 * the saga (system) confirms or cancels it then, and vendors do not see it in their queue.
 * Who may do what:
 * - system (checkout saga): confirm; cancel while pending;
 * - vendor: pack and hand to courier, only its own packages;
 * - system (courier integrations): deliver, return; cancel before handover (checkout compensation);
 * - shopper: cancel their own package before handover;
 * - admin: cancel anything not yet delivered, returned or cancelled.
 * The actor is checked before the state, so nobody learns the state of a package they may not touch.
 */
export function transitionPackage(
  pkg: PackageSnapshot,
  action: PackageAction,
  actor: Actor,
): TransitionResult<PackageStatus> {
  const forbidden = permissionProblem(pkg, action, actor);
  if (forbidden) return { ok: false, error: new ForbiddenException(forbidden) };
  const rule = NEXT[action];
  if (!rule.from.includes(pkg.status))
    return { ok: false, error: new IllegalTransitionException('package', pkg.status, action) };
  if (action === 'cancel' && actor.kind !== 'admin' && !BEFORE_HANDOVER.includes(pkg.status))
    return {
      ok: false,
      error: new IllegalTransitionException(
        'package',
        pkg.status,
        action,
        'only an admin can cancel after handover',
      ),
    };
  return { ok: true, value: rule.to };
}

function permissionProblem(pkg: PackageSnapshot, action: PackageAction, actor: Actor): string | undefined {
  switch (action) {
    case 'confirm':
      return actor.kind === 'system' ? undefined : 'Only the checkout confirms a package.';
    case 'pack':
    case 'hand_to_courier':
      if (actor.kind !== 'vendor') return `Only the vendor can ${action} a package.`;
      return actor.vendorId === pkg.vendorId ? undefined : 'This package belongs to another vendor.';
    case 'deliver':
    case 'return':
      return actor.kind === 'system' ? undefined : `Only the courier integration can ${action} a package.`;
    case 'cancel':
      if (pkg.status === 'pending' && actor.kind !== 'system')
        return 'The order is still being placed; it can be cancelled once confirmed.';
      if (actor.kind === 'vendor') return 'A vendor cannot cancel a package; ask support.';
      if (actor.kind === 'shopper' && actor.shopperId !== pkg.shopperId)
        return 'This package belongs to another shopper.';
      return undefined;
  }
}
