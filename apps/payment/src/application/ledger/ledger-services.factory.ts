import { AuditRecorder, UnitOfWork } from '@getit/messaging';
import { BatchSweeper, BatchSweeperOptions, systemContext } from '@getit/service-kit';
import { createPayoutPolicy, PaymentMethod, PaymentProvider } from '../../domain';
import { CodReconciliationRepository } from '../../infrastructure/ledger/cod-reconciliation.repository';
import { CommissionRulesRepository } from '../../infrastructure/ledger/commission-rules.repository';
import { LedgerRepository } from '../../infrastructure/ledger/ledger.repository';
import { PackageSettlementsRepository } from '../../infrastructure/ledger/package-settlements.repository';
import { PayoutsRepository } from '../../infrastructure/ledger/payouts.repository';
import { RefundsRepository } from '../../infrastructure/ledger/refunds.repository';
import { PaymentIntentsRepository } from '../../infrastructure/payment-intents.repository';
import { PaymentPrismaClient, PaymentTx } from '../../infrastructure/payment-prisma';
import { PaymentTransitionsWriter } from '../payment-transitions.writer';
import { CodReconciliationService } from './cod-reconciliation.service';
import { CommissionRulesService } from './commission-rules.service';
import { LedgerReportsService } from './ledger-reports.service';
import { PackageSalesService } from './package-sales.service';
import { PackageSettlementsService } from './package-settlements.service';
import { PayoutsService } from './payouts.service';
import { RefundCompletionWriter } from './refund-completion.writer';
import { RefundProcessor } from './refund.processor';
import { RefundsService } from './refunds.service';
import { ReturnSettlementsService } from './return-settlements.service';
import { SettlementPostingWriter } from './settlement-posting.writer';

type Log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;

export interface LedgerServices {
  commission: CommissionRulesService;
  sales: PackageSalesService;
  settlements: PackageSettlementsService;
  refunds: RefundsService;
  /** Pays due pending refunds every REFUND_RETRY_INTERVAL_MS, and at once when an event granted one. */
  refundRetries: BatchSweeper;
  payouts: PayoutsService;
  /** A payout run every PAYOUT_INTERVAL_MS; none when it is 0 (finance runs them by hand). */
  payoutRuns?: BatchSweeper;
  reports: LedgerReportsService;
  /** Couriers' cash on delivery: assigned at delivery, reconciled against remittances, finance's queue. */
  cod: CodReconciliationService;
  /** Returns to origin: a partial delivery's returned goods refunded, or its uncollected cash reversed. */
  returns: ReturnSettlementsService;
}

export interface LedgerServicesOptions {
  prisma: PaymentPrismaClient;
  /** The service's one unit of work: admin commands, event handlers and the refund sweep write through it. */
  unitOfWork: UnitOfWork<PaymentTx>;
  /** The host's sweepers (`ServiceHost.sweeper`): started with the service, stopped before the relay. */
  sweeper: (options: Omit<BatchSweeperOptions, 'log'>) => BatchSweeper;
  /** The providers refunds are paid through (`PaymentProvider.refund`), by the method the shopper paid with. */
  providers: ReadonlyMap<PaymentMethod, PaymentProvider>;
  vatRateBps: number;
  payoutDelayDays: number;
  payoutMinimumPoisha: number;
  refundRetryIntervalMs: number;
  /** 0: no scheduled payout runs. */
  payoutIntervalMs: number;
  /** Delivered COD consignments not remitted after this many days are queued as missing (default 7). */
  codRemittanceDueDays?: number;
  /** How often that is checked (default hourly). */
  codRemittanceCheckIntervalMs?: number;
  /** Qualifies a table name with the service's schema for raw SQL (`ServiceHost.table`; unqualified by default). */
  table?: (name: string) => string;
  log: Log;
}

/** Wires the escrow ledger, commissions, refunds and payouts: the host's one place for it, and tests' too. */
export function createLedgerServices(options: LedgerServicesOptions): LedgerServices {
  const { prisma, unitOfWork, log } = options;
  const audit = new AuditRecorder({ producer: 'payment', unitOfWork, log });
  const ledger = new LedgerRepository();
  const settlementsRepo = new PackageSettlementsRepository(options.table);
  const refundsRepo = new RefundsRepository(prisma);
  const intents = new PaymentIntentsRepository(prisma, options.table);
  const writer = new SettlementPostingWriter(ledger, settlementsRepo);
  const completion = new RefundCompletionWriter(
    refundsRepo,
    ledger,
    intents,
    new PaymentTransitionsWriter(intents),
    unitOfWork,
    log,
  );
  const processor = new RefundProcessor(
    prisma,
    unitOfWork,
    refundsRepo,
    settlementsRepo,
    intents,
    options.providers,
    completion,
    log,
  );
  const refundRetries = options.sweeper({
    name: 'refund retry',
    intervalMs: options.refundRetryIntervalMs,
    batchSize: 20,
    sweepBatch: (limit) => processor.processDue(limit),
  });
  const refunds = new RefundsService(
    prisma,
    unitOfWork,
    refundsRepo,
    settlementsRepo,
    writer,
    completion,
    processor,
    refundRetries,
    audit,
  );
  const commission = new CommissionRulesService(
    unitOfWork,
    new CommissionRulesRepository(prisma, options.table),
    options.vatRateBps,
    audit,
  );
  const policy = createPayoutPolicy({
    delayDays: options.payoutDelayDays,
    minimumPayoutPoisha: options.payoutMinimumPoisha,
  });
  const payouts = new PayoutsService(unitOfWork, ledger, new PayoutsRepository(), policy, audit);
  const settlements = new PackageSettlementsService(settlementsRepo, intents, writer, refunds);
  const codRepo = new CodReconciliationRepository(options.table);
  const cod = new CodReconciliationService(
    settlementsRepo,
    settlements,
    ledger,
    codRepo,
    prisma,
    unitOfWork,
    audit,
  );
  const dueDays = options.codRemittanceDueDays ?? 7;
  options.sweeper({
    name: 'cod remittance overdue',
    intervalMs: options.codRemittanceCheckIntervalMs ?? 3_600_000,
    batchSize: 200,
    sweepBatch: async (limit) => {
      const queued = await cod.queueOverdue(dueDays, limit);
      if (queued > 0) log('warn', 'courier remittances overdue: consignments queued as missing', { queued });
      return queued;
    },
  });
  return {
    commission,
    sales: new PackageSalesService(settlementsRepo, commission, log),
    settlements,
    cod,
    returns: new ReturnSettlementsService(settlementsRepo, writer, refunds, codRepo),
    refunds,
    refundRetries,
    payouts,
    payoutRuns:
      options.payoutIntervalMs > 0
        ? options.sweeper({
            name: 'payout run',
            intervalMs: options.payoutIntervalMs,
            // one run pays every vendor due, so a sweep is always one run (never asks for another batch)
            batchSize: Number.MAX_SAFE_INTEGER,
            sweepBatch: async () => {
              const run = await payouts.run(systemContext());
              if (run.payouts.length > 0)
                log('info', 'payout run', { runId: run.runId, payouts: run.payouts.length });
              return run.payouts.length;
            },
          })
        : undefined,
    reports: new LedgerReportsService(prisma, ledger, codRepo),
  };
}
