import {
  LedgerBalancesView,
  LedgerPostingList,
  VendorStatementQuery,
  VendorStatementView,
} from '@getit/contracts';
import { ValidationException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import {
  AccountKey,
  buildVendorStatement,
  CHART_OF_ACCOUNTS,
  normalBalance,
  parseAccountKey,
  renderVendorStatementCsv,
  requireFinance,
  requireStatementReader,
  vendorPayableAccount,
  VendorStatement,
  vendorCodSummary,
} from '../../domain';
import { CodReconciliationRepository } from '../../infrastructure/ledger/cod-reconciliation.repository';
import { LedgerRepository } from '../../infrastructure/ledger/ledger.repository';
import { PaymentPrismaClient } from '../../infrastructure/payment-prisma';
import { toStatementView } from './ledger.mapper';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_PERIOD_DAYS = 30;

/** Read models over the ledger: a vendor's statement (JSON or CSV) and every account's balance. */
export class LedgerReportsService {
  constructor(
    private readonly prisma: PaymentPrismaClient,
    private readonly ledger: LedgerRepository,
    private readonly cod: CodReconciliationRepository,
  ) {}

  async statement(
    ctx: RequestContext,
    vendorId: string,
    query: VendorStatementQuery,
  ): Promise<VendorStatementView> {
    return toStatementView(await this.build(ctx, vendorId, query));
  }

  /** The same statement as CSV, with a file name for content-disposition. */
  async statementCsv(
    ctx: RequestContext,
    vendorId: string,
    query: VendorStatementQuery,
  ): Promise<{ fileName: string; csv: string }> {
    const statement = await this.build(ctx, vendorId, query);
    const day = (at: Date) => new Date(at.getTime() + 6 * 3_600_000).toISOString().slice(0, 10);
    return {
      fileName: `statement-${vendorId}-${day(statement.from)}-${day(statement.to)}.csv`,
      csv: renderVendorStatementCsv(statement),
    };
  }

  /** Every posting about one order, oldest first: what the admin's order page shows as its ledger entries. */
  async postingsForOrder(ctx: RequestContext, orderId: string): Promise<LedgerPostingList> {
    requireFinance(ctx, 'read the ledger');
    const rows = await this.ledger.postingsForOrder(this.prisma, orderId);
    return {
      items: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        occurredAt: row.occurredAt.toISOString(),
        reference: Object.fromEntries(
          Object.entries((row.reference ?? {}) as Record<string, unknown>).map(([key, value]) => [
            key,
            String(value),
          ]),
        ),
        reverses: row.reverses,
        entries: row.entries.map((entry) => ({
          account: entry.account,
          side: entry.side as 'debit' | 'credit',
          amountPoisha: Number(entry.amountPoisha),
        })),
      })),
    };
  }

  /** Every account's debits, credits and balance, and the proof that the ledger balances (Σ = 0). */
  async balances(ctx: RequestContext): Promise<LedgerBalancesView> {
    requireFinance(ctx, 'read the ledger');
    const asOf = new Date();
    const [totals, postingCount] = await Promise.all([
      this.ledger.accountTotals(this.prisma),
      this.ledger.postingCount(this.prisma),
    ]);
    const accounts = totals.map((t) => {
      const kind = parseAccountKey(t.account)?.kind;
      const definition = kind ? CHART_OF_ACCOUNTS[kind] : undefined;
      const balancePoisha = t.debitPoisha - t.creditPoisha;
      return {
        ...t,
        kind: kind ?? 'unknown',
        class: definition?.class ?? 'asset',
        normalSide: definition?.normalSide ?? 'debit',
        balancePoisha,
        normalBalancePoisha: kind ? normalBalance(t.account as AccountKey, balancePoisha) : balancePoisha,
      };
    });
    const debitPoisha = accounts.reduce((sum, a) => sum + a.debitPoisha, 0);
    const creditPoisha = accounts.reduce((sum, a) => sum + a.creditPoisha, 0);
    const sumPoisha = accounts.reduce((sum, a) => sum + a.balancePoisha, 0);
    return {
      asOf: asOf.toISOString(),
      postingCount,
      accounts,
      totals: {
        debitPoisha,
        creditPoisha,
        sumPoisha,
        balanced: sumPoisha === 0 && debitPoisha === creditPoisha,
      },
    };
  }

  private async build(
    ctx: RequestContext,
    vendorId: string,
    query: VendorStatementQuery,
  ): Promise<VendorStatement> {
    requireStatementReader(ctx, vendorId);
    const to = query.to ? instant(query.to) : new Date();
    const from = query.from ? instant(query.from) : new Date(to.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
    if (from.getTime() >= to.getTime())
      throw new ValidationException('The statement period is empty.', [
        { field: 'from', reason: 'must be before to' },
      ]);
    const [postings, cod] = await Promise.all([
      this.ledger.postingsOnAccount(this.prisma, vendorPayableAccount(vendorId), to),
      this.cod.vendorTotals(this.prisma, vendorId, from, to),
    ]);
    return { ...buildVendorStatement(vendorId, { from, to }, postings), cod: vendorCodSummary(cod) };
  }
}

/** `2026-11-01` is the start of that day in Dhaka (UTC+6 all year); anything else is an ISO time. */
function instant(value: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+06:00` : value);
}
