import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import { systemContext } from '@getit/service-kit';
import { requireModerator, requireVendor, SHOP_EDITOR_ROLES } from './catalog-access.policy';

const vendor = 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22';
const ctx = (roles: string[], vendorId?: string) => ({
  ...systemContext('t'),
  actor: { id: 'u1', roles },
  vendorId,
});

describe('catalog access policy', () => {
  it("lets a vendor's staff act on their own vendor only", () => {
    expect(requireVendor(ctx(['vendor:staff'], vendor), vendor)).toMatchObject({ id: 'u1' });
    expect(() => requireVendor(ctx(['vendor:owner'], 'another-vendor'), vendor)).toThrow(ForbiddenException);
    expect(() => requireVendor(ctx(['shopper']), vendor)).toThrow(ForbiddenException);
  });

  it('keeps shop profile edits to owners and managers', () => {
    expect(() => requireVendor(ctx(['vendor:staff'], vendor), vendor, SHOP_EDITOR_ROLES)).toThrow(
      ForbiddenException,
    );
    expect(requireVendor(ctx(['vendor:manager'], vendor), vendor, SHOP_EDITOR_ROLES)).toBeDefined();
  });

  it('wants an identity at all: 401 without one', () => {
    expect(() => requireVendor({ ...systemContext('t'), actor: undefined }, vendor)).toThrow(
      UnauthenticatedException,
    );
    expect(() => requireModerator({ ...systemContext('t'), actor: undefined })).toThrow(
      UnauthenticatedException,
    );
  });

  it('lets operations admins and super-admins moderate, not finance or support', () => {
    expect(requireModerator(ctx(['admin:operations']))).toBeDefined();
    expect(requireModerator(ctx(['admin:super-admin']))).toBeDefined();
    expect(() => requireModerator(ctx(['admin:finance', 'admin:support']))).toThrow(ForbiddenException);
  });
});
