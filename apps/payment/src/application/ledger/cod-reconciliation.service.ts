import {
  CodReconciliationItemView,
  CodReconciliationList,
  CodReconciliationQuery,
  EventPayload,
  ResolveCodReconciliationRequest,
} from '@getit/contracts';
import { NotFoundException } from '@getit/errors';
import { AuditRecorder, UnitOfWork } from '@getit/messaging';
import { RequestContext, systemContext } from '@getit/service-kit';
import {
  codReceivableAccount,
  packageTotalPoisha,
  postCodAssigned,
  postCodRemitted,
  reconcileRemittanceLine,
  requireFinance,
} from '../../domain';
import {
  CodReconciliationItemRow,
  CodReconciliationRepository,
  NewReconciliationItem,
} from '../../infrastructure/ledger/cod-reconciliation.repository';
import { LedgerRepository } from '../../infrastructure/ledger/ledger.repository';
import { PackageSettlementsRepository } from '../../infrastructure/ledger/package-settlements.repository';
import { PaymentPrismaClient, PaymentTx } from '../../infrastructure/payment-prisma';
import { toSettlement } from './ledger.mapper';
import { PackageSettlementsService } from './package-settlements.service';

type ShipmentChanged = EventPayload<'shipping.shipment-status-changed.v1'>;
type RemittanceReceived = EventPayload<'shipping.cod-remittance-received.v1'>;

export type CodDeliveryOutcome =
  | { outcome: 'posted'; courier: string; collectedPoisha: number; uncollectedPoisha: number }
  | { outcome: 'unchanged' | 'ignored'; reason: string };

export interface RemittanceOutcome {
  matched: number;
  queued: { consignmentId: string; kind: NewReconciliationItem['kind']; differencePoisha: number }[];
  /** Gross (cash + fees) settled against the courier's receivable. */
  settledPoisha: number;
}

/**
 * Cash on delivery between the courier and the bank, in the ledger consumer's inbox transaction:
 * - delivered (or partially delivered) per shipping: the collected cash moves from `cod_receivable:unassigned`
 *   onto `cod_receivable:<courier>`; what a partial delivery did not collect stays unassigned and is queued;
 * - a courier's remittance: each consignment is reconciled against what it collected; matched and short lines
 *   settle what came (bank + the courier's fees against delivery_charges), every difference is queued for finance.
 */
export class CodReconciliationService {
  constructor(
    private readonly settlementsRepo: PackageSettlementsRepository,
    private readonly settlements: PackageSettlementsService,
    private readonly ledger: LedgerRepository,
    private readonly cod: CodReconciliationRepository,
    private readonly prisma: PaymentPrismaClient,
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
    private readonly audit: AuditRecorder,
  ) {}

  /** GET /admin/cod/reconciliation: finance's queue, open items by default, newest first. */
  async list(ctx: RequestContext, query: CodReconciliationQuery): Promise<CodReconciliationList> {
    requireFinance(ctx, 'read the cash-on-delivery reconciliation queue');
    const rows = await this.cod.items(this.prisma, query.status ?? 'open', query.limit ?? 100);
    const items = rows.map(toItemView);
    return { items, totalDifferencePoisha: items.reduce((sum, item) => sum + item.differencePoisha, 0) };
  }

  /** POST /admin/cod/reconciliation/:itemId/resolve: finance says what it did (audited); repeats answer the same. */
  async resolve(
    ctx: RequestContext,
    itemId: string,
    request: ResolveCodReconciliationRequest,
  ): Promise<CodReconciliationItemView> {
    const target = {
      action: 'payment.cod-reconciliation.resolve',
      targetType: 'cod-reconciliation-item',
      targetId: itemId,
      details: { resolution: request.resolution },
    };
    await this.audit.attempt(ctx, target, async () => {
      const by = requireFinance(ctx, 'resolve a cash-on-delivery difference');
      await this.unitOfWork.run(ctx, async ({ tx }) => {
        const row = await this.found(tx, itemId);
        if (await this.cod.resolve(tx, itemId, by, request.resolution, new Date()))
          await this.audit.record(tx, ctx, {
            ...target,
            details: {
              ...target.details,
              kind: row.kind,
              courier: row.courier,
              consignmentId: row.consignmentId,
              differencePoisha: Number(row.differencePoisha),
            },
          });
      });
    });
    return toItemView(await this.found(this.prisma, itemId));
  }

  private async found(
    db: PaymentTx | PaymentPrismaClient,
    itemId: string,
  ): Promise<CodReconciliationItemRow> {
    const row = await this.cod.item(db, itemId);
    if (!row)
      throw new NotFoundException(`No reconciliation item ${itemId}.`, { extensions: { field: 'itemId' } });
    return row;
  }

  async shipmentChanged(
    _ctx: RequestContext,
    tx: PaymentTx,
    change: ShipmentChanged,
  ): Promise<CodDeliveryOutcome> {
    if (change.to !== 'delivered' && change.to !== 'partially_delivered')
      return { outcome: 'ignored', reason: `no cash changes hands when a shipment is ${change.to}` };
    if (change.codAmountPoisha === 0)
      return { outcome: 'ignored', reason: 'a prepaid shipment carries no cash' };
    let held = await this.settlementsRepo.lockForDecision(tx, change.packageId);
    if (!held) return { outcome: 'ignored', reason: `no sale of package ${change.packageId} on record` };
    if (held.paymentMethod !== 'cod') return { outcome: 'ignored', reason: 'the package was paid online' };
    if (held.cancelledAt || held.stage === 'refunded')
      return { outcome: 'ignored', reason: `package ${change.packageId} was cancelled or refunded` };
    const total = packageTotalPoisha(toSettlement(held));
    const collected =
      change.collectedPoisha ?? (change.to === 'delivered' ? Math.min(change.codAmountPoisha, total) : 0);
    if (collected > total)
      return { outcome: 'ignored', reason: `the courier reports ${collected} poisha collected of ${total}` };
    const at = new Date(change.changedAt);
    const fresh = await this.cod.insertConsignment(tx, {
      packageId: held.packageId,
      orderId: held.orderId,
      vendorId: held.vendorId,
      courier: change.courier,
      consignmentId: change.consignmentId,
      packageTotalPoisha: total,
      collectedPoisha: collected,
      deliveredAt: at,
    });
    if (!fresh)
      return { outcome: 'unchanged', reason: `package ${change.packageId}'s cash was already assigned` };
    // the order's delivery may not have come yet: the package's total goes to escrow against unassigned first
    held = await this.settlements.collectCod(tx, held, at);
    if (collected > 0)
      await this.ledger.post(
        tx,
        postCodAssigned({
          orderId: held.orderId,
          packageId: held.packageId,
          courier: change.courier,
          collectedPoisha: collected,
          occurredAt: at,
        }),
      );
    if (collected < total)
      await this.cod.queue(tx, {
        key: `uncollected:${change.courier}:${held.packageId}:${change.consignmentId}`,
        kind: 'uncollected',
        courier: change.courier,
        remittanceId: null,
        consignmentId: change.consignmentId,
        packageId: held.packageId,
        vendorId: held.vendorId,
        expectedPoisha: total,
        settledPoisha: collected,
        differencePoisha: total - collected,
      });
    return {
      outcome: 'posted',
      courier: change.courier,
      collectedPoisha: collected,
      uncollectedPoisha: total - collected,
    };
  }

  async remittanceReceived(
    _ctx: RequestContext,
    tx: PaymentTx,
    remittance: RemittanceReceived,
  ): Promise<RemittanceOutcome> {
    const { courier, remittanceId } = remittance;
    const at = new Date(remittance.paidAt);
    const result: RemittanceOutcome = { matched: 0, queued: [], settledPoisha: 0 };
    // what the courier holds, read once per batch (not once per line) and lowered by each line settled
    let outstanding: number | undefined;
    for (const line of remittance.consignments) {
      const row = await this.cod.lockConsignment(tx, courier, line.consignmentId, line.packageId);
      // the same batch reported again (a webhook twice, or the payments API after the webhook): already reconciled
      if (row?.remittanceId === remittanceId) continue;
      const verdict = reconcileRemittanceLine(
        row ? { collectedPoisha: Number(row.collectedPoisha), settledBy: row.remittanceId } : null,
        line,
      );
      if (row && verdict.postGrossPoisha > 0) {
        const posting = postCodRemitted(
          {
            remittanceId: `${courier}:${remittanceId}:${line.consignmentId}`,
            courier,
            grossPoisha: verdict.postGrossPoisha,
            courierFeePoisha: verdict.postFeePoisha,
            occurredAt: at,
          },
          (outstanding ??= await this.outstanding(tx, courier)),
        );
        if (await this.ledger.post(tx, posting)) outstanding -= verdict.postGrossPoisha;
        await this.cod.markSettled(tx, row.packageId, {
          remittanceId,
          settledPoisha: verdict.postGrossPoisha,
          feesPoisha: verdict.postFeePoisha,
          at,
        });
        result.settledPoisha += verdict.postGrossPoisha;
      }
      if (verdict.verdict === 'matched') {
        result.matched += 1;
        continue;
      }
      await this.cod.queue(tx, {
        key: `${verdict.verdict}:${courier}:${remittanceId}:${line.consignmentId}`,
        kind: verdict.verdict,
        courier,
        remittanceId,
        consignmentId: line.consignmentId,
        packageId: row?.packageId ?? line.packageId ?? null,
        vendorId: row?.vendorId ?? null,
        expectedPoisha: verdict.expectedPoisha,
        settledPoisha: verdict.settledPoisha,
        differencePoisha: verdict.differencePoisha,
      });
      result.queued.push({
        consignmentId: line.consignmentId,
        kind: verdict.verdict,
        differencePoisha: verdict.differencePoisha,
      });
    }
    return result;
  }

  /**
   * The sweep: consignments delivered more than `dueDays` ago whose cash no remittance has settled are queued as
   * missing (once each), with everything collected as the difference. Answers how many it queued.
   */
  async queueOverdue(dueDays: number, limit: number, now = new Date()): Promise<number> {
    const dueBefore = new Date(now.getTime() - dueDays * 24 * 3_600_000);
    return this.unitOfWork.run(systemContext(), async ({ tx }) => {
      let queued = 0;
      for (const row of await this.cod.overdue(tx, dueBefore, limit)) {
        const collected = Number(row.collectedPoisha);
        if (
          await this.cod.queue(tx, {
            key: `missing:${row.courier}:overdue:${row.consignmentId}`,
            kind: 'missing',
            courier: row.courier,
            remittanceId: null,
            consignmentId: row.consignmentId,
            packageId: row.packageId,
            vendorId: row.vendorId,
            expectedPoisha: collected,
            settledPoisha: 0,
            differencePoisha: collected,
          })
        )
          queued += 1;
      }
      return queued;
    });
  }

  /** What the courier still holds: its cod_receivable balance. */
  private async outstanding(tx: PaymentTx, courier: string): Promise<number> {
    const account = codReceivableAccount(courier);
    const totals = (await this.ledger.accountTotals(tx, account)).find((t) => t.account === account);
    return totals ? totals.debitPoisha - totals.creditPoisha : 0;
  }
}

function toItemView(row: CodReconciliationItemRow): CodReconciliationItemView {
  return {
    id: row.id,
    kind: row.kind as CodReconciliationItemView['kind'],
    courier: row.courier,
    remittanceId: row.remittanceId,
    consignmentId: row.consignmentId,
    packageId: row.packageId,
    vendorId: row.vendorId,
    expectedPoisha: Number(row.expectedPoisha),
    settledPoisha: Number(row.settledPoisha),
    differencePoisha: Number(row.differencePoisha),
    status: row.status as CodReconciliationItemView['status'],
    resolution: row.resolution,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
