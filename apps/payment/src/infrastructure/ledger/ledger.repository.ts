import {
  AccountKey,
  createPosting,
  LedgerEntry,
  Posting,
  PostingConflictException,
  PostingKind,
  PostingReference,
} from '../../domain';
import { PaymentPrismaClient, PaymentTx } from '../payment-prisma';

type Db = PaymentTx | PaymentPrismaClient;

/** One account's totals: debits, credits (both positive) and their difference. */
export interface AccountTotals {
  account: string;
  debitPoisha: number;
  creditPoisha: number;
}

const withEntries = { entries: { orderBy: { lineNo: 'asc' } } } as const;

export type PostingRow = {
  id: string;
  kind: string;
  reference: unknown;
  occurredAt: Date;
  reverses: string | null;
  entries: { account: string; side: string; amountPoisha: bigint }[];
};

/**
 * The ledger in Postgres. Appending is the only write: a posting id that is already there is a no-op when the
 * content is the same (a retried event) and a conflict otherwise. The database checks again at commit that every
 * posting balances and refuses any UPDATE or DELETE (migrations/0003_ledger.sql).
 */
export class LedgerRepository {
  /** True when the posting was added, false when the identical posting was already there. */
  async post(tx: PaymentTx, posting: Posting): Promise<boolean> {
    const inserted = await tx.ledgerPosting.createMany({
      data: [
        {
          id: posting.id,
          kind: posting.kind,
          reference: { ...posting.reference },
          occurredAt: posting.occurredAt,
          reverses: posting.reverses,
        },
      ],
      skipDuplicates: true,
    });
    if (inserted.count === 0) {
      const earlier = await this.find(tx, posting.id);
      if (earlier && fingerprint(earlier) === fingerprint(posting)) return false;
      throw new PostingConflictException('duplicate_id', posting.id);
    }
    await tx.ledgerEntry.createMany({
      data: posting.entries.map((entry, lineNo) => ({
        postingId: posting.id,
        lineNo,
        account: entry.account,
        side: entry.side,
        amountPoisha: BigInt(entry.amountPoisha),
      })),
    });
    return true;
  }

  async find(db: Db, id: string): Promise<Posting | null> {
    const row = await db.ledgerPosting.findUnique({ where: { id }, include: withEntries });
    return row ? toPosting(row) : null;
  }

  /** Postings with an entry on `account` that happened before `before`, oldest first. */
  async postingsOnAccount(db: Db, account: AccountKey, before: Date): Promise<Posting[]> {
    const rows = await db.ledgerPosting.findMany({
      where: { occurredAt: { lt: before }, entries: { some: { account } } },
      include: withEntries,
      orderBy: [{ occurredAt: 'asc' }, { seq: 'asc' }],
    });
    return rows.map(toPosting);
  }

  /** Postings of these kinds that happened after `since`, with the reversals of any of them. */
  async postingsSince(db: Db, kinds: PostingKind[], since: Date): Promise<Posting[]> {
    const rows = await db.ledgerPosting.findMany({
      where: { kind: { in: kinds }, occurredAt: { gt: since } },
      include: withEntries,
      orderBy: { seq: 'asc' },
    });
    const reversals = await db.ledgerPosting.findMany({
      where: { reverses: { in: rows.map((row) => row.id) } },
      include: withEntries,
    });
    return [...rows, ...reversals].map(toPosting);
  }

  /** Debit and credit totals per account, every account ever touched (or those starting with `prefix`). */
  async accountTotals(db: Db, prefix?: string): Promise<AccountTotals[]> {
    const groups = await db.ledgerEntry.groupBy({
      by: ['account', 'side'],
      where: prefix ? { account: { startsWith: prefix } } : {},
      _sum: { amountPoisha: true },
      orderBy: [{ account: 'asc' }, { side: 'asc' }],
    });
    const totals = new Map<string, AccountTotals>();
    for (const group of groups) {
      const row = totals.get(group.account) ?? { account: group.account, debitPoisha: 0, creditPoisha: 0 };
      const amount = Number(group._sum.amountPoisha ?? 0n);
      if (group.side === 'debit') row.debitPoisha += amount;
      else row.creditPoisha += amount;
      totals.set(group.account, row);
    }
    return [...totals.values()];
  }

  /** Every posting whose reference names the order, oldest first, with its entries in line order. */
  postingsForOrder(db: Db, orderId: string): Promise<PostingRow[]> {
    return db.ledgerPosting.findMany({
      where: { reference: { path: ['orderId'], equals: orderId } },
      include: withEntries,
      orderBy: { seq: 'asc' },
    });
  }

  postingCount(db: Db): Promise<number> {
    return db.ledgerPosting.count();
  }

  /** Each vendor's payable on its normal (credit) side: what the marketplace owes it. */
  async vendorPayableBalances(db: Db): Promise<Map<string, number>> {
    const prefix = 'vendor_payable:';
    const totals = await this.accountTotals(db, prefix);
    return new Map(totals.map((t) => [t.account.slice(prefix.length), t.creditPoisha - t.debitPoisha]));
  }
}

export function toPosting(row: PostingRow): Posting {
  return createPosting({
    id: row.id,
    kind: row.kind as PostingKind,
    reference: row.reference as PostingReference,
    occurredAt: row.occurredAt,
    reverses: row.reverses,
    entries: row.entries.map((e): LedgerEntry => ({
      account: e.account as AccountKey,
      side: e.side as LedgerEntry['side'],
      amountPoisha: Number(e.amountPoisha),
    })),
  });
}

/** What makes two postings with one id the same posting (LedgerBook compares the same way). */
function fingerprint(posting: Posting): string {
  const reference = Object.fromEntries(
    Object.entries(posting.reference).sort(([a], [b]) => a.localeCompare(b)),
  );
  return JSON.stringify([
    posting.kind,
    reference,
    posting.occurredAt.toISOString(),
    posting.entries.map((e) => [e.account, e.side, e.amountPoisha]),
    posting.reverses,
  ]);
}
