import {
  ACCOUNT_KINDS,
  CHART_OF_ACCOUNTS,
  accountKindOf,
  codReceivableAccount,
  isAccountKey,
  normalBalance,
  normalSideOf,
  parseAccountKey,
  vendorPayableAccount,
} from './ledger-account';

describe('chart of accounts', () => {
  it('gives assets and expenses a debit normal side, liabilities and revenue a credit one', () => {
    for (const kind of ACCOUNT_KINDS) {
      const { class: accountClass, normalSide } = CHART_OF_ACCOUNTS[kind];
      expect([kind, normalSide]).toEqual([
        kind,
        accountClass === 'asset' || accountClass === 'expense' ? 'debit' : 'credit',
      ]);
    }
    expect(normalSideOf('escrow')).toBe('credit');
    expect(normalSideOf(codReceivableAccount('pathao'))).toBe('debit');
  });

  it('keys one payable per vendor and one receivable per courier', () => {
    expect(vendorPayableAccount('v-1')).toBe('vendor_payable:v-1');
    expect(codReceivableAccount('steadfast')).toBe('cod_receivable:steadfast');
    expect(parseAccountKey('vendor_payable:v-1')).toEqual({ kind: 'vendor_payable', qualifier: 'v-1' });
    expect(accountKindOf('cod_receivable:redx')).toBe('cod_receivable');
  });

  it.each(['escrow', 'bank', 'vendor_payable:9b2f', 'cod_receivable:pathao'])('%s is an account', (key) => {
    expect(isAccountKey(key)).toBe(true);
  });

  it.each([
    'vendor_payable',
    'escrow:x',
    'cash',
    'vendor_payable:',
    'vendor_payable:a:b',
    'vendor_payable:a b',
    7,
  ])('%p is not an account', (key) => expect(isAccountKey(key)).toBe(false));

  it('refuses a qualifier that would not parse back', () => {
    expect(() => vendorPayableAccount('a:b')).toThrow(RangeError);
    expect(() => codReceivableAccount('')).toThrow(RangeError);
  });

  it('shows a debits − credits balance on the normal side', () => {
    expect(normalBalance('vendor_payable:v-1', -100_00)).toBe(100_00);
    expect(normalBalance('bank', 100_00)).toBe(100_00);
    expect(normalBalance('escrow', 5)).toBe(-5);
    expect(Object.is(normalBalance('escrow', 0), 0)).toBe(true);
  });
});
