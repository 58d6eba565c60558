import { ForbiddenException } from '@getit/errors';
import { Actor } from '../shared/actor';
import { IllegalTransitionException } from '../shared/illegal-transition.exception';
import {
  PACKAGE_STATUSES,
  PackageAction,
  PackageSnapshot,
  PackageStatus,
  isPackageTerminal,
  transitionPackage,
  wasHandedOver,
} from './package-lifecycle';

const owner: Actor = { kind: 'vendor', vendorId: 'v-1' };
const otherVendor: Actor = { kind: 'vendor', vendorId: 'v-2' };
const shopper: Actor = { kind: 'shopper', shopperId: 's-1' };
const otherShopper: Actor = { kind: 'shopper', shopperId: 's-2' };
const admin: Actor = { kind: 'admin', adminId: 'a-1' };
const system: Actor = { kind: 'system' };
const pkg = (status: PackageStatus): PackageSnapshot => ({ status, vendorId: 'v-1', shopperId: 's-1' });

const ACTORS: Record<string, Actor> = { owner, otherVendor, shopper, otherShopper, admin, system };
const ACTIONS: PackageAction[] = ['confirm', 'pack', 'hand_to_courier', 'deliver', 'return', 'cancel'];

/** Every allowed (status, action, actor) triple and where it leads; everything else must be refused. */
const ALLOWED: Array<[PackageStatus, PackageAction, keyof typeof ACTORS, PackageStatus]> = [
  ['pending', 'confirm', 'system', 'confirmed'],
  ['pending', 'cancel', 'system', 'cancelled'],
  ['confirmed', 'pack', 'owner', 'packed'],
  ['packed', 'hand_to_courier', 'owner', 'handed_to_courier'],
  ['handed_to_courier', 'deliver', 'system', 'delivered'],
  ['handed_to_courier', 'return', 'system', 'returned'],
  ['confirmed', 'cancel', 'shopper', 'cancelled'],
  ['packed', 'cancel', 'shopper', 'cancelled'],
  ['confirmed', 'cancel', 'system', 'cancelled'],
  ['packed', 'cancel', 'system', 'cancelled'],
  ['confirmed', 'cancel', 'admin', 'cancelled'],
  ['packed', 'cancel', 'admin', 'cancelled'],
  ['handed_to_courier', 'cancel', 'admin', 'cancelled'],
];

describe('transitionPackage', () => {
  it.each(ALLOWED)('%s --%s by %s--> %s', (from, action, actorName, to) => {
    expect(transitionPackage(pkg(from), action, ACTORS[actorName]!)).toEqual({ ok: true, value: to });
  });

  it('refuses every other combination of state, action and actor', () => {
    let refused = 0;
    for (const status of PACKAGE_STATUSES)
      for (const action of ACTIONS)
        for (const [name, actor] of Object.entries(ACTORS)) {
          if (ALLOWED.some(([f, a, n]) => f === status && a === action && n === name)) continue;
          const result = transitionPackage(pkg(status), action, actor);
          expect(result.ok).toBe(false);
          refused++;
        }
    expect(refused).toBe(
      PACKAGE_STATUSES.length * ACTIONS.length * Object.keys(ACTORS).length - ALLOWED.length,
    );
  });

  it('forbids a vendor from advancing another vendor’s package, whatever its state', () => {
    const result = transitionPackage(pkg('confirmed'), 'pack', otherVendor);
    expect(result).toMatchObject({ ok: false, error: expect.any(ForbiddenException) });
    expect(!result.ok && result.error.detail).toBe('This package belongs to another vendor.');
    expect(transitionPackage(pkg('delivered'), 'pack', otherVendor)).toMatchObject({
      error: expect.any(ForbiddenException),
    });
  });

  it('forbids shoppers and admins from packing or shipping, and vendors from cancelling or delivering', () => {
    expect(transitionPackage(pkg('confirmed'), 'pack', shopper)).toMatchObject({
      error: expect.any(ForbiddenException),
    });
    expect(transitionPackage(pkg('packed'), 'hand_to_courier', admin)).toMatchObject({
      error: expect.any(ForbiddenException),
    });
    expect(transitionPackage(pkg('confirmed'), 'cancel', owner)).toMatchObject({
      error: expect.any(ForbiddenException),
    });
    expect(transitionPackage(pkg('handed_to_courier'), 'deliver', owner)).toMatchObject({
      error: expect.any(ForbiddenException),
    });
    expect(transitionPackage(pkg('handed_to_courier'), 'return', admin)).toMatchObject({
      error: expect.any(ForbiddenException),
    });
  });

  it('forbids a shopper from cancelling someone else’s package', () => {
    expect(transitionPackage(pkg('confirmed'), 'cancel', otherShopper)).toMatchObject({
      error: expect.any(ForbiddenException),
    });
  });

  it('names the illegal transition when the actor may act but the state does not allow it', () => {
    const result = transitionPackage(pkg('confirmed'), 'hand_to_courier', owner);
    expect(result.ok).toBe(false);
    const error = !result.ok ? result.error : undefined;
    expect(error).toBeInstanceOf(IllegalTransitionException);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      detail: 'Cannot hand_to_courier a package that is confirmed.',
      extensions: { machine: 'package', from: 'confirmed', action: 'hand_to_courier' },
    });
  });

  it('lets a shopper cancel only before handover, and nobody cancel a delivered package', () => {
    const late = transitionPackage(pkg('handed_to_courier'), 'cancel', shopper);
    expect(late).toMatchObject({ ok: false, error: expect.any(IllegalTransitionException) });
    expect(!late.ok && late.error.detail).toContain('only an admin can cancel after handover');
    expect(transitionPackage(pkg('handed_to_courier'), 'cancel', system)).toMatchObject({ ok: false });
    for (const status of ['delivered', 'returned', 'cancelled'] as const)
      expect(transitionPackage(pkg(status), 'cancel', admin)).toMatchObject({
        error: expect.any(IllegalTransitionException),
      });
  });

  it('lets only the checkout saga settle a pending package', () => {
    const early = transitionPackage(pkg('pending'), 'cancel', shopper);
    expect(early).toMatchObject({ ok: false, error: expect.any(ForbiddenException) });
    expect(!early.ok && early.error.detail).toContain('still being placed');
    expect(transitionPackage(pkg('pending'), 'confirm', admin)).toMatchObject({
      error: expect.any(ForbiddenException),
    });
    expect(transitionPackage(pkg('pending'), 'pack', owner)).toMatchObject({
      error: expect.any(IllegalTransitionException),
    });
  });

  it('knows which states are terminal and which mean the courier has the package', () => {
    expect(PACKAGE_STATUSES.filter(isPackageTerminal)).toEqual(['delivered', 'returned', 'cancelled']);
    expect(PACKAGE_STATUSES.filter(wasHandedOver)).toEqual(['handed_to_courier', 'delivered', 'returned']);
  });
});
