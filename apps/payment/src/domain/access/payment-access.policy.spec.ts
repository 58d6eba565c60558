import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import { systemContext } from '@getit/service-kit';
import { requirePaymentReader } from './payment-access.policy';

const as = (roles: string[]) => ({ ...systemContext('c'), actor: { id: 'u1', roles } });

describe('requirePaymentReader', () => {
  it.each(['admin:super-admin', 'admin:operations', 'admin:finance', 'admin:support'])(
    'lets %s read',
    (role) => {
      expect(requirePaymentReader(as([role])).id).toBe('u1');
    },
  );

  it('refuses shoppers and vendors, and anyone unsigned', () => {
    expect(() => requirePaymentReader(as(['shopper']))).toThrow(ForbiddenException);
    expect(() => requirePaymentReader(as(['vendor:owner']))).toThrow(ForbiddenException);
    expect(() => requirePaymentReader({ ...systemContext('c'), actor: undefined })).toThrow(
      UnauthenticatedException,
    );
  });
});
