import { systemContext } from '@getit/service-kit';
import { judgeOnlinePayment, ONLINE_METHOD_NAMES, OnlineMethod } from '../domain';
import { OnlineIntentsRepository } from '../infrastructure/online-intents.repository';
import { UnitOfWork } from '@getit/messaging';
import { PaymentTx } from '../infrastructure/payment-prisma';
import { expectedOf, PaymentLog, refOf } from './online-callbacks.service';
import { OnlineSettlementWriter } from './online-settlement.writer';
import { PaymentProviders } from './payment-providers';

export type ExpiryOutcome = 'captured' | 'failed' | 'expired';

/**
 * Online intents the shopper did not finish by their expiry: each is locked (`FOR UPDATE SKIP LOCKED`, so
 * replicas take different ones and a callback settling it waits), the provider is asked once, and the intent is
 * captured if the payment did complete (its callback was lost), failed if the provider says so, else expired.
 */
export class OnlinePaymentsExpiry {
  constructor(
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
    private readonly providers: PaymentProviders,
    private readonly online: OnlineIntentsRepository,
    private readonly settle: OnlineSettlementWriter,
    private readonly transactionTimeoutMs: number,
    private readonly log: PaymentLog,
  ) {}

  /** Settles up to `limit` due intents, one transaction each; returns how many. */
  async settleDue(limit: number, now: Date = new Date()): Promise<number> {
    let settled = 0;
    while (settled < limit) {
      const outcome = await this.unitOfWork.run(systemContext(), ({ tx }) => this.settleNext(tx, now), {
        timeout: this.transactionTimeoutMs,
        maxWait: this.transactionTimeoutMs,
      });
      if (!outcome) break;
      settled += 1;
    }
    return settled;
  }

  private async settleNext(tx: PaymentTx, now: Date): Promise<ExpiryOutcome | null> {
    const row = await this.online.lockNextExpired(tx, now);
    if (!row) return null;
    const ctx = systemContext(`expiry-${row.id}`);
    const method = row.method as OnlineMethod;
    const name = ONLINE_METHOD_NAMES[method] ?? method;
    const provider = this.providers.online(method);
    const state = provider
      ? await provider.lookup(refOf(row))
      : { status: 'unavailable' as const, reason: `${name} is not configured here` };
    const verdict = judgeOnlinePayment(expectedOf(method, row), state, null);
    if (verdict.action === 'capture') {
      await this.settle.capture(ctx, tx, row, verdict);
      this.log('info', 'expired online payment had completed: captured', { method, paymentId: row.id });
      return 'captured';
    }
    if (verdict.action === 'fail') {
      await this.settle.fail(ctx, tx, row, verdict.code, verdict.reason);
      return 'failed';
    }
    const why =
      verdict.action === 'unavailable'
        ? ` (${name} could not be asked: ${verdict.reason})`
        : verdict.action === 'reject'
          ? ` (${verdict.detail})`
          : '';
    await this.settle.expire(
      ctx,
      tx,
      row,
      `expired: the shopper did not finish paying with ${name} in time${why}`,
    );
    return 'expired';
  }
}
