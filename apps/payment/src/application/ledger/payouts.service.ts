import { randomUUID } from 'node:crypto';
import { EventPayload, PayoutRunView } from '@getit/contracts';
import { AuditRecorder, UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import {
  deliveryCreditsOf,
  duePayouts,
  PayoutPolicy,
  postPayoutInitiated,
  postPayoutSettled,
  requireFinance,
} from '../../domain';
import { LedgerRepository } from '../../infrastructure/ledger/ledger.repository';
import { PayoutRow, PayoutsRepository } from '../../infrastructure/ledger/payouts.repository';
import { PaymentTx } from '../../infrastructure/payment-prisma';
import { toPayoutView } from './ledger.mapper';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Vendor payouts, one batch at a time (`POST /admin/payouts/run` or the scheduler): each vendor is paid its
 * payable balance minus what deliveries younger than the delay credited (`duePayouts`), when that reaches the
 * minimum, by the method it chose at approval (bank by default).
 *
 * There is no bank integration yet, so a payout is settled the moment it is sent: `payout_initiated` and
 * `payout_settled` are posted together. When a bank API arrives, settling moves to its confirmation and a bounced
 * transfer is undone with `reversalOf` the initiated posting.
 */
export class PayoutsService {
  constructor(
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
    private readonly ledger: LedgerRepository,
    private readonly payouts: PayoutsRepository,
    private readonly policy: PayoutPolicy,
    private readonly audit: AuditRecorder,
  ) {}

  /**
   * One payout run. Runs queue on one lock, so concurrent runs (two admins, an admin and the scheduler) never pay
   * a vendor twice: the later run finds the balances the earlier one paid out and pays nothing more.
   */
  async run(ctx: RequestContext, asOf: Date = new Date()): Promise<PayoutRunView> {
    const runId = randomUUID();
    const target = { action: 'payment.payout-run.start', targetType: 'payout-run', targetId: runId };
    return this.audit.attempt(ctx, target, async () => {
      requireFinance(ctx, 'run vendor payouts', { allowSystem: true });
      return this.runLocked(ctx, runId, asOf, target);
    });
  }

  private runLocked(
    ctx: RequestContext,
    runId: string,
    asOf: Date,
    target: { action: string; targetType: string; targetId: string },
  ): Promise<PayoutRunView> {
    return this.unitOfWork.run(
      ctx,
      async ({ tx }) => {
        await this.payouts.lockRuns(tx);
        const payableBalances = await this.ledger.vendorPayableBalances(tx);
        const since = new Date(asOf.getTime() - this.policy.delayDays * DAY_MS);
        const recentCredits = deliveryCreditsOf(
          await this.ledger.postingsSince(tx, ['package_delivered'], since),
          since,
        );
        const due = duePayouts(this.policy, { asOf, payableBalances, recentCredits });
        const methods = await this.payouts.payoutMethods(
          tx,
          due.payouts.map((p) => p.vendorId),
        );
        const made: PayoutRow[] = [];
        for (const payout of due.payouts) {
          const instruction = {
            payoutId: randomUUID(),
            vendorId: payout.vendorId,
            amountPoisha: payout.amountPoisha,
          };
          await this.ledger.post(tx, postPayoutInitiated(instruction, payout.payableBalancePoisha, asOf));
          const row = await this.payouts.insert(
            tx,
            {
              id: instruction.payoutId,
              runId,
              vendorId: payout.vendorId,
              amountPoisha: payout.amountPoisha,
              method: methods.get(payout.vendorId) ?? 'bank',
            },
            asOf,
          );
          made.push(await this.settle(tx, row, instruction));
        }
        await this.audit.record(tx, ctx, {
          ...target,
          details: {
            asOf: asOf.toISOString(),
            payouts: made.length,
            totalPoisha: due.payouts.reduce((sum, p) => sum + p.amountPoisha, 0),
            vendorIds: due.payouts.map((p) => p.vendorId).slice(0, 50),
          },
        });
        return {
          runId,
          asOf: asOf.toISOString(),
          delayDays: this.policy.delayDays,
          minimumPayoutPoisha: this.policy.minimumPayoutPoisha,
          payouts: made.map(toPayoutView),
          carriedOver: due.carriedOver,
        };
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  }

  /** `auth.vendor-approved.v1`: how the vendor wants to be paid (a later decision wins, by version). */
  async vendorApproved(
    _ctx: RequestContext,
    tx: PaymentTx,
    decision: EventPayload<'auth.vendor-approved.v1'>,
  ): Promise<boolean> {
    return this.payouts.upsertPayoutMethod(tx, decision.vendorId, decision.payoutMethod, decision.version);
  }

  private async settle(
    tx: PaymentTx,
    row: PayoutRow,
    instruction: { payoutId: string; vendorId: string; amountPoisha: number },
  ): Promise<PayoutRow> {
    const at = new Date();
    await this.ledger.post(tx, postPayoutSettled(instruction, at));
    return this.payouts.markSettled(tx, row.id, at);
  }
}
