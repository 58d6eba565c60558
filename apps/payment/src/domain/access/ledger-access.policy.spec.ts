import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import { systemContext } from '@getit/service-kit';
import { requireFinance, requireRefunder, requireStatementReader } from './ledger-access.policy';

const ctx = (roles: string[], vendorId?: string) => ({
  correlationId: 'c',
  requestId: 'r',
  locale: 'en' as const,
  actor: { id: 'a-1', roles },
  ...(vendorId ? { vendorId } : {}),
});

describe('ledger access policy', () => {
  it('lets finance and super admins decide money, and the system only where allowed', () => {
    expect(requireFinance(ctx(['admin:finance']), 'x')).toBe('a-1');
    expect(requireFinance(ctx(['admin:super-admin']), 'x')).toBe('a-1');
    expect(() => requireFinance(ctx(['admin:support']), 'x')).toThrow(ForbiddenException);
    expect(() => requireFinance(systemContext(), 'x')).toThrow(ForbiddenException);
    expect(requireFinance(systemContext(), 'x', { allowSystem: true })).toBe('system');
    expect(() => requireFinance({ correlationId: 'c', requestId: 'r', locale: 'en' }, 'x')).toThrow(
      UnauthenticatedException,
    );
  });

  it('lets support grant refunds but not operations or vendors', () => {
    expect(requireRefunder(ctx(['admin:support']))).toBe('a-1');
    expect(() => requireRefunder(ctx(['admin:operations']))).toThrow(ForbiddenException);
    expect(() => requireRefunder(ctx(['vendor:owner'], 'v-1'))).toThrow(ForbiddenException);
  });

  it("shows a statement to that vendor's staff and to finance, nobody else", () => {
    expect(requireStatementReader(ctx(['vendor:staff'], 'v-1'), 'v-1')).toBe('a-1');
    expect(() => requireStatementReader(ctx(['vendor:owner'], 'v-2'), 'v-1')).toThrow(ForbiddenException);
    expect(requireStatementReader(ctx(['admin:finance']), 'v-1')).toBe('a-1');
    expect(() => requireStatementReader(ctx(['admin:support']), 'v-1')).toThrow(ForbiddenException);
    expect(() => requireStatementReader(ctx(['shopper']), 'v-1')).toThrow(ForbiddenException);
  });
});
