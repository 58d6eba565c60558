import { AuditRecorder, MessagingTables } from '@getit/messaging';
import { createPayoutPolicy, PaymentMethod, PaymentProvider } from '../../domain';
import { CommissionRulesRepository } from '../../infrastructure/ledger/commission-rules.repository';
import { LedgerRepository } from '../../infrastructure/ledger/ledger.repository';
import { PackageSettlementsRepository } from '../../infrastructure/ledger/package-settlements.repository';
import { PayoutsRepository } from '../../infrastructure/ledger/payouts.repository';
import { RefundsRepository } from '../../infrastructure/ledger/refunds.repository';
import { PaymentIntentsRepository } from '../../infrastructure/payment-intents.repository';
import { PaymentPrismaClient } from '../../infrastructure/payment-prisma';
import { PaymentTransitionsWriter } from '../payment-transitions.writer';
import { CommissionRulesService } from './commission-rules.service';
import { LedgerReportsService } from './ledger-reports.service';
import { PackageSalesService } from './package-sales.service';
import { PackageSettlementsService } from './package-settlements.service';
import { PayoutsService } from './payouts.service';
import { RefundCompletionWriter } from './refund-completion.writer';
import { RefundRetrySweeper } from './refund-retry.sweeper';
import { RefundProcessor } from './refund.processor';
import { RefundsService } from './refunds.service';
import { SettlementPostingWriter } from './settlement-posting.writer';

type Log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;

export interface LedgerServices {
  commission: CommissionRulesService;
  sales: PackageSalesService;
  settlements: PackageSettlementsService;
  refunds: RefundsService;
  refundSweeper: RefundRetrySweeper;
  payouts: PayoutsService;
  reports: LedgerReportsService;
}

export interface LedgerServicesOptions {
  prisma: PaymentPrismaClient;
  tables: MessagingTables;
  /** The providers refunds are paid through (`PaymentProvider.refund`), by the method the shopper paid with. */
  providers: ReadonlyMap<PaymentMethod, PaymentProvider>;
  vatRateBps: number;
  payoutDelayDays: number;
  payoutMinimumPoisha: number;
  refundRetryIntervalMs: number;
  /** Wakes the outbox relay after a transaction that wrote events committed outside a consumer. */
  onEventsCommitted: () => void;
  log: Log;
}

/** Wires the escrow ledger, commissions, refunds and payouts: the host's one place for it, and tests' too. */
export function createLedgerServices(options: LedgerServicesOptions): LedgerServices {
  const { prisma, log } = options;
  const audit = new AuditRecorder({
    producer: 'payment',
    db: prisma,
    tables: options.tables,
    onCommitted: options.onEventsCommitted,
    log,
  });
  const ledger = new LedgerRepository();
  const settlementsRepo = new PackageSettlementsRepository();
  const refundsRepo = new RefundsRepository(prisma);
  const intents = new PaymentIntentsRepository(prisma);
  const writer = new SettlementPostingWriter(ledger, settlementsRepo);
  const completion = new RefundCompletionWriter(
    refundsRepo,
    ledger,
    intents,
    new PaymentTransitionsWriter(intents),
    options.tables,
    log,
  );
  const processor = new RefundProcessor(
    prisma,
    refundsRepo,
    settlementsRepo,
    intents,
    options.providers,
    completion,
    options.onEventsCommitted,
    log,
  );
  const refunds = new RefundsService(
    prisma,
    refundsRepo,
    settlementsRepo,
    writer,
    completion,
    processor,
    options.onEventsCommitted,
    audit,
  );
  const commission = new CommissionRulesService(
    prisma,
    new CommissionRulesRepository(prisma),
    options.vatRateBps,
    audit,
  );
  const policy = createPayoutPolicy({
    delayDays: options.payoutDelayDays,
    minimumPayoutPoisha: options.payoutMinimumPoisha,
  });
  return {
    commission,
    sales: new PackageSalesService(settlementsRepo, commission, log),
    settlements: new PackageSettlementsService(settlementsRepo, intents, writer, refunds),
    refunds,
    refundSweeper: new RefundRetrySweeper(refundsRepo, processor, {
      intervalMs: options.refundRetryIntervalMs,
      batchSize: 20,
      log,
    }),
    payouts: new PayoutsService(prisma, ledger, new PayoutsRepository(), policy, audit),
    reports: new LedgerReportsService(prisma, ledger),
  };
}
