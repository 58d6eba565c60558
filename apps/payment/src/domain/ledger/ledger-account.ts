/**
 * The chart of accounts of the marketplace's double-entry ledger. Balances are kept as debits − credits, so an
 * account on its normal side shows positive through `normalBalance` and the sum over all accounts is always zero.
 */

export type EntrySide = 'debit' | 'credit';
export type AccountClass = 'asset' | 'liability' | 'revenue' | 'expense';

export interface AccountDefinition {
  class: AccountClass;
  normalSide: EntrySide;
  /** `vendor_payable` and `cod_receivable` are one account per vendor / per courier: `kind:qualifier`. */
  qualified: boolean;
  description: string;
}

export const CHART_OF_ACCOUNTS = {
  shopper_payments_clearing: {
    class: 'asset',
    normalSide: 'debit',
    qualified: false,
    description:
      'Captured online payments held by the providers (bKash, Nagad, cards) until they settle to the bank',
  },
  escrow: {
    class: 'liability',
    normalSide: 'credit',
    qualified: false,
    description: "Shoppers' money held until their package is delivered (Bangladesh Bank escrow rule)",
  },
  vendor_payable: {
    class: 'liability',
    normalSide: 'credit',
    qualified: true,
    description: 'What the marketplace owes one vendor for delivered packages, net of commission and VAT',
  },
  platform_commission_revenue: {
    class: 'revenue',
    normalSide: 'credit',
    qualified: false,
    description: "The marketplace's commission on delivered goods",
  },
  vat_on_commission_payable: {
    class: 'liability',
    normalSide: 'credit',
    qualified: false,
    description: 'VAT charged on the commission, owed to the National Board of Revenue',
  },
  delivery_charges: {
    class: 'liability',
    normalSide: 'credit',
    qualified: false,
    description:
      'Delivery charges collected from shoppers on behalf of couriers; courier fees are settled against it',
  },
  cod_receivable: {
    class: 'asset',
    normalSide: 'debit',
    qualified: true,
    description: 'Cash on delivery collected by one courier and not yet remitted',
  },
  refunds_payable: {
    class: 'liability',
    normalSide: 'credit',
    qualified: false,
    description: 'Refunds granted to shoppers and not yet paid back',
  },
  vendor_payouts_clearing: {
    class: 'liability',
    normalSide: 'credit',
    qualified: false,
    description: 'Payouts sent to vendors and not yet confirmed by the bank',
  },
  bank: {
    class: 'asset',
    normalSide: 'debit',
    qualified: false,
    description: "The marketplace's operating bank account",
  },
  provider_fees: {
    class: 'expense',
    normalSide: 'debit',
    qualified: false,
    description: 'Fees the payment providers keep when they settle',
  },
} as const satisfies Record<string, AccountDefinition>;

export type AccountKind = keyof typeof CHART_OF_ACCOUNTS;
export const ACCOUNT_KINDS = Object.keys(CHART_OF_ACCOUNTS) as AccountKind[];

type QualifiedKind = {
  [K in AccountKind]: (typeof CHART_OF_ACCOUNTS)[K]['qualified'] extends true ? K : never;
}[AccountKind];
type PlainKind = Exclude<AccountKind, QualifiedKind>;

/** An account in the ledger: `escrow`, `vendor_payable:<vendorId>`, `cod_receivable:<courier>`, … */
export type AccountKey = PlainKind | `${QualifiedKind}:${string}`;

/** Qualifiers are ids or slugs: no separator, no whitespace, so a key always parses back to one account. */
const QUALIFIER = /^[^\s:]+$/;

export function vendorPayableAccount(vendorId: string): AccountKey {
  return qualified('vendor_payable', vendorId);
}

export function codReceivableAccount(courier: string): AccountKey {
  return qualified('cod_receivable', courier);
}

export function parseAccountKey(key: string): { kind: AccountKind; qualifier: string | null } | null {
  const separator = key.indexOf(':');
  const kind = separator < 0 ? key : key.slice(0, separator);
  if (!(kind in CHART_OF_ACCOUNTS)) return null;
  const definition = CHART_OF_ACCOUNTS[kind as AccountKind];
  if (separator < 0) return definition.qualified ? null : { kind: kind as AccountKind, qualifier: null };
  const qualifier = key.slice(separator + 1);
  return definition.qualified && QUALIFIER.test(qualifier) ? { kind: kind as AccountKind, qualifier } : null;
}

export function isAccountKey(value: unknown): value is AccountKey {
  return typeof value === 'string' && parseAccountKey(value) !== null;
}

export function accountKindOf(key: AccountKey): AccountKind {
  return parsed(key).kind;
}

export function normalSideOf(key: AccountKey): EntrySide {
  return CHART_OF_ACCOUNTS[accountKindOf(key)].normalSide;
}

/** A debits − credits balance shown on the account's normal side: a vendor owed ৳100 has a normal balance of 10000. */
export function normalBalance(key: AccountKey, debitMinusCreditPoisha: number): number {
  const balance = normalSideOf(key) === 'debit' ? debitMinusCreditPoisha : -debitMinusCreditPoisha;
  return balance === 0 ? 0 : balance;
}

function qualified(kind: QualifiedKind, qualifier: string): AccountKey {
  if (!QUALIFIER.test(qualifier)) throw new RangeError(`"${qualifier}" cannot name a ${kind} account`);
  return `${kind}:${qualifier}`;
}

function parsed(key: AccountKey): { kind: AccountKind; qualifier: string | null } {
  const result = parseAccountKey(key);
  if (!result) throw new RangeError(`"${key}" is not an account of the chart`);
  return result;
}
