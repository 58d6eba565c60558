import { ConflictException } from '@getit/errors';
import { nextVendorStatus } from './vendor-lifecycle';

describe('vendor lifecycle', () => {
  it('moves pending → approved → suspended → approved, and pending → rejected', () => {
    expect(nextVendorStatus('pending', 'approve')).toBe('approved');
    expect(nextVendorStatus('approved', 'suspend')).toBe('suspended');
    expect(nextVendorStatus('suspended', 'reinstate')).toBe('approved');
    expect(nextVendorStatus('pending', 'reject')).toBe('rejected');
  });

  it('refuses any other move with a conflict that says what is allowed', () => {
    expect(() => nextVendorStatus('approved', 'approve')).toThrow(
      new ConflictException('A approved vendor cannot be approved; it can be suspended.'),
    );
    expect(() => nextVendorStatus('rejected', 'reinstate')).toThrow(
      'A rejected vendor cannot be reinstated.',
    );
    expect(() => nextVendorStatus('pending', 'suspend')).toThrow(ConflictException);
  });
});
