import { FieldError } from '@getit/errors';
import { isPositivePoisha } from '@getit/contracts';
import { AccountKey, EntrySide, isAccountKey } from './ledger-account';
import { InvalidPostingException } from './invalid-posting.exception';
import { PostingConflictException } from './posting-conflict.exception';

export const POSTING_KINDS = [
  'payment_captured',
  'provider_settled',
  'cod_collected',
  'cod_remitted',
  'cod_uncollected_reversed',
  'package_delivered',
  'refund_before_delivery',
  'refund_after_delivery',
  'refund_paid',
  'payout_initiated',
  'payout_settled',
  'reversal',
] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

export const REFERENCE_FIELDS = [
  'orderId',
  'packageId',
  'paymentId',
  'refundId',
  'payoutId',
  'remittanceId',
  'settlementId',
] as const;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];
/** What a posting is about; at least one id. The package id lets escrow be followed per package. */
export type PostingReference = Readonly<Partial<Record<ReferenceField, string>>>;

export interface LedgerEntry {
  readonly account: AccountKey;
  readonly side: EntrySide;
  readonly amountPoisha: number;
}

/** One balanced journal entry. Immutable once made: a mistake is corrected by posting `reversalOf` it. */
export interface Posting {
  readonly id: string;
  readonly kind: PostingKind;
  readonly reference: PostingReference;
  readonly occurredAt: Date;
  readonly entries: readonly LedgerEntry[];
  /** The posting this one reverses (kind `reversal` only). */
  readonly reverses: string | null;
}

export interface PostingInput {
  id: string;
  kind: PostingKind;
  reference: PostingReference;
  occurredAt: Date;
  entries: readonly LedgerEntry[];
  reverses?: string | null;
}

export function debit(account: AccountKey, amountPoisha: number): LedgerEntry {
  return { account, side: 'debit', amountPoisha };
}

export function credit(account: AccountKey, amountPoisha: number): LedgerEntry {
  return { account, side: 'credit', amountPoisha };
}

/** Debits positive, credits negative: the sign convention of every balance in the ledger. */
export function signedPoisha(entry: LedgerEntry): number {
  return entry.side === 'debit' ? entry.amountPoisha : -entry.amountPoisha;
}

/** Drops entries of zero (a 0% commission, no delivery charge), which a posting refuses. */
export function withoutZeroEntries(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return entries.filter((entry) => entry.amountPoisha !== 0);
}

/** The debit total, equal to the credit total of any valid posting. */
export function postingTotalPoisha(posting: Pick<Posting, 'entries'>): number {
  return posting.entries.reduce((sum, e) => (e.side === 'debit' ? sum + e.amountPoisha : sum), 0);
}

/**
 * Makes a frozen posting, or throws InvalidPostingException: `empty` with no entries, `malformed` with a bad id,
 * kind, date, reference, account or amount (every amount must be a positive whole number of poisha), `unbalanced`
 * when debits ≠ credits.
 */
export function createPosting(input: PostingInput): Posting {
  const reverses = input.reverses ?? null;
  const problems = headerProblems(input, reverses);
  if (input.entries.length === 0)
    throw new InvalidPostingException('empty', 'A posting needs entries.', [
      ...problems,
      { field: 'entries', reason: 'must not be empty' },
    ]);
  input.entries.forEach((entry, i) => problems.push(...entryProblems(entry, i)));
  if (problems.length > 0)
    throw new InvalidPostingException('malformed', 'The posting is malformed.', problems);

  const debitPoisha = postingTotalPoisha(input);
  const creditPoisha = input.entries.reduce(
    (sum, e) => (e.side === 'credit' ? sum + e.amountPoisha : sum),
    0,
  );
  if (debitPoisha !== creditPoisha || !Number.isSafeInteger(debitPoisha))
    throw new InvalidPostingException(
      'unbalanced',
      `Debits (${debitPoisha} poisha) and credits (${creditPoisha} poisha) must be equal.`,
      [{ field: 'entries', reason: 'debits must equal credits' }],
      { debitPoisha, creditPoisha },
    );

  const reference = Object.freeze(
    Object.fromEntries(
      REFERENCE_FIELDS.flatMap((f) => (input.reference[f] ? [[f, input.reference[f]]] : [])),
    ),
  );
  return Object.freeze({
    id: input.id,
    kind: input.kind,
    reference,
    occurredAt: new Date(input.occurredAt.getTime()),
    entries: Object.freeze(input.entries.map((e) => Object.freeze({ ...e }))),
    reverses,
  });
}

/**
 * The correcting posting: the same entries on the opposite sides, same reference, kind `reversal`. The id defaults
 * to `reversal:<original id>`, so a retried correction is recognised. A reversal itself is never reversed.
 */
export function reversalOf(posting: Posting, at: { occurredAt: Date; id?: string }): Posting {
  if (posting.kind === 'reversal') throw new PostingConflictException('reversal_of_reversal', posting.id);
  return createPosting({
    id: at.id ?? `reversal:${posting.id}`,
    kind: 'reversal',
    reference: posting.reference,
    occurredAt: at.occurredAt,
    entries: posting.entries.map((e) => ({ ...e, side: e.side === 'debit' ? 'credit' : 'debit' })),
    reverses: posting.id,
  });
}

function headerProblems(input: PostingInput, reverses: string | null): FieldError[] {
  const problems: FieldError[] = [];
  if (typeof input.id !== 'string' || !input.id.trim())
    problems.push({ field: 'id', reason: 'must not be empty' });
  if (!POSTING_KINDS.includes(input.kind)) problems.push({ field: 'kind', reason: 'is not a posting kind' });
  if (!(input.occurredAt instanceof Date) || Number.isNaN(input.occurredAt.getTime()))
    problems.push({ field: 'occurredAt', reason: 'must be a valid date' });
  if (!REFERENCE_FIELDS.some((f) => input.reference[f]))
    problems.push({ field: 'reference', reason: `needs one of ${REFERENCE_FIELDS.join(', ')}` });
  if ((input.kind === 'reversal') !== (reverses !== null))
    problems.push({ field: 'reverses', reason: 'is set on reversals and only on reversals' });
  return problems;
}

function entryProblems(entry: LedgerEntry, i: number): FieldError[] {
  const problems: FieldError[] = [];
  if (!isAccountKey(entry.account))
    problems.push({ field: `entries.${i}.account`, reason: 'is not an account of the chart' });
  if (entry.side !== 'debit' && entry.side !== 'credit')
    problems.push({ field: `entries.${i}.side`, reason: 'must be debit or credit' });
  if (!isPositivePoisha(entry.amountPoisha))
    problems.push({
      field: `entries.${i}.amountPoisha`,
      reason: 'must be a whole number of poisha, at least 1',
    });
  return problems;
}
