import { AccountKey, normalBalance } from './ledger-account';
import { LedgerEntry, Posting, signedPoisha } from './ledger-posting';
import { PostingConflictException } from './posting-conflict.exception';

/**
 * An in-memory ledger: applies postings in order and keeps a debits − credits balance per account. Append-only:
 * posting the same id with the same content again is a no-op (a retried event), with other content a conflict;
 * a reversal must name a posting already in the book that has not been reversed yet. The database-backed ledger
 * keeps the same rules; this one serves tests and projections.
 */
export class LedgerBook {
  private readonly byId = new Map<string, Posting>();
  private readonly ordered: Posting[] = [];
  private readonly balances = new Map<AccountKey, number>();
  private readonly reversedIds = new Set<string>();

  /** True when the posting was added, false when the identical posting was already there. */
  post(posting: Posting): boolean {
    const earlier = this.byId.get(posting.id);
    if (earlier) {
      if (fingerprint(earlier) === fingerprint(posting)) return false;
      throw new PostingConflictException('duplicate_id', posting.id);
    }
    if (posting.reverses !== null) {
      if (!this.byId.has(posting.reverses))
        throw new PostingConflictException('unknown_original', posting.id);
      if (this.reversedIds.has(posting.reverses))
        throw new PostingConflictException('already_reversed', posting.id);
      this.reversedIds.add(posting.reverses);
    }
    this.byId.set(posting.id, posting);
    this.ordered.push(posting);
    for (const entry of posting.entries)
      this.balances.set(entry.account, (this.balances.get(entry.account) ?? 0) + signedPoisha(entry));
    return true;
  }

  get postings(): readonly Posting[] {
    return this.ordered;
  }

  posting(id: string): Posting | undefined {
    return this.byId.get(id);
  }

  isReversed(postingId: string): boolean {
    return this.reversedIds.has(postingId);
  }

  /** Debits − credits. */
  balanceOf(account: AccountKey): number {
    return this.balances.get(account) ?? 0;
  }

  /** The balance on the account's normal side: positive escrow means money is held. */
  normalBalanceOf(account: AccountKey): number {
    return normalBalance(account, this.balanceOf(account));
  }

  /** Every account that was ever touched, with its debits − credits balance. */
  accountBalances(): ReadonlyMap<AccountKey, number> {
    return new Map(this.balances);
  }

  /** The entries on one account, oldest first, with the posting they belong to. */
  entriesOf(account: AccountKey): { posting: Posting; entry: LedgerEntry }[] {
    return this.ordered.flatMap((posting) =>
      posting.entries.filter((entry) => entry.account === account).map((entry) => ({ posting, entry })),
    );
  }

  /** The normal balance of `account` counting only postings about one package (escrow held for that package). */
  packageBalanceOf(account: AccountKey, packageId: string): number {
    const debitMinusCredit = this.ordered
      .filter((posting) => posting.reference.packageId === packageId)
      .flatMap((posting) => posting.entries)
      .filter((entry) => entry.account === account)
      .reduce((sum, entry) => sum + signedPoisha(entry), 0);
    return normalBalance(account, debitMinusCredit);
  }
}

function fingerprint(posting: Posting): string {
  return JSON.stringify([
    posting.kind,
    posting.reference,
    posting.occurredAt.toISOString(),
    posting.entries,
    posting.reverses,
  ]);
}
