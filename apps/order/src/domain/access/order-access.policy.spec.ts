import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import {
  assertVendorReader,
  isAdmin,
  mayAccessOwned,
  requireAdmin,
  shopperIdOf,
  vendorPackageActor,
} from './order-access.policy';

const shopper = { actor: { id: 's-1', roles: ['shopper'] } };
const vendor = { actor: { id: 'u-1', roles: ['vendor:staff'] }, vendorId: 'v-1' };
const ops = { actor: { id: 'a-1', roles: ['admin:operations'] } };
const support = { actor: { id: 'a-2', roles: ['admin:support'] } };

describe('order access policy', () => {
  it('treats a caller without identity as a guest and the system actor as nobody’s shopper', () => {
    expect(shopperIdOf({})).toBeNull();
    expect(shopperIdOf({ actor: { id: 'system', roles: ['system'] } })).toBeNull();
    expect(shopperIdOf(shopper)).toBe('s-1');
  });

  it('lets anyone reach a guest’s cart or order by id, but a shopper’s only by that shopper', () => {
    expect(mayAccessOwned({}, null)).toBe(true);
    expect(mayAccessOwned(shopper, 's-1')).toBe(true);
    expect(mayAccessOwned({}, 's-1')).toBe(false);
    expect(mayAccessOwned(ops, 's-1')).toBe(false);
    expect(mayAccessOwned(ops, 's-1', true)).toBe(true);
  });

  it('knows admins by their admin:* role', () => {
    expect(isAdmin(ops)).toBe(true);
    expect(isAdmin(vendor)).toBe(false);
    expect(requireAdmin(support)).toBe('a-2');
    expect(() => requireAdmin(shopper)).toThrow(ForbiddenException);
    expect(() => requireAdmin({})).toThrow(UnauthenticatedException);
  });

  it('lets vendor staff act only for their own vendor', () => {
    expect(vendorPackageActor(vendor, 'v-1', 'pack')).toEqual({ kind: 'vendor', vendorId: 'v-1' });
    expect(() => vendorPackageActor(vendor, 'v-2', 'pack')).toThrow(ForbiddenException);
    expect(() => vendorPackageActor(shopper, 'v-1', 'pack')).toThrow(ForbiddenException);
    expect(() => assertVendorReader(vendor, 'v-2')).toThrow(ForbiddenException);
    expect(() => assertVendorReader(vendor, 'v-1')).not.toThrow();
  });

  it('lets operations admins record courier reports, and other admins act as admins', () => {
    expect(vendorPackageActor(ops, 'v-1', 'deliver')).toEqual({ kind: 'system' });
    expect(vendorPackageActor(ops, 'v-1', 'cancel')).toEqual({ kind: 'admin', adminId: 'a-1' });
    expect(vendorPackageActor(support, 'v-1', 'deliver')).toEqual({ kind: 'admin', adminId: 'a-2' });
  });
});
