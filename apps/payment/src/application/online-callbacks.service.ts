import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import {
  AMOUNT_TOLERANCE_POISHA,
  CallbackChannel,
  CallbackClaim,
  CallbackRejection,
  judgeOnlinePayment,
  OnlineMethod,
  OnlinePaymentProvider,
  OnlinePaymentRef,
  OnlineVerdict,
} from '../domain';
import { OnlineIntentsRepository } from '../infrastructure/online-intents.repository';
import { IntentWithPackages } from '../infrastructure/payment-intents.repository';
import { PaymentPrismaClient, PaymentTx } from '../infrastructure/payment-prisma';
import { CallbackOutcome, OnlinePaymentMetrics } from './online-payment.metrics';
import { OnlineSettlementWriter } from './online-settlement.writer';
import { PaymentProviders } from './payment-providers';

/** What the shopper's browser is told on the storefront's return page. */
export type BrowserFlag = 'success' | 'failed' | 'cancelled' | 'pending';

export interface CallbackResult {
  outcome: CallbackOutcome;
  orderId: string | null;
  flag: BrowserFlag;
  detail: string;
}

export type PaymentLog = (
  level: 'info' | 'warn' | 'error',
  message: string,
  extra?: Record<string, unknown>,
) => void;

const CAPTURED = ['captured', 'partially_refunded', 'refunded'];
const CLOSED_FLAG: Record<string, BrowserFlag> = {
  cancelled: 'cancelled',
  failed: 'failed',
  expired: 'failed',
};

/**
 * Callbacks and IPNs of bKash, Nagad and SSLCommerz. A callback is only a hint: it names a payment and claims an
 * outcome; the provider is then asked server-to-server, and only its answer moves the intent. The capture happens
 * in one transaction under the intent's row lock, so any number of duplicate callbacks capture once; a callback
 * for an intent already captured gets the same answer and changes nothing. Forged, unconfirmed or mismatched
 * callbacks are rejected, logged and counted by reason.
 */
export class OnlineCallbacksService {
  constructor(
    private readonly prisma: PaymentPrismaClient,
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
    private readonly providers: PaymentProviders,
    private readonly online: OnlineIntentsRepository,
    private readonly settle: OnlineSettlementWriter,
    private readonly metrics: OnlinePaymentMetrics,
    private readonly log: PaymentLog,
  ) {}

  async handle(
    ctx: RequestContext,
    method: OnlineMethod,
    channel: CallbackChannel,
    fields: Readonly<Record<string, string>>,
  ): Promise<CallbackResult> {
    const provider = this.providers.online(method);
    if (!provider) return this.reject(method, 'unknown_payment', `${method} is not taken here`, null, fields);
    const reading = provider.readCallback(channel, fields);
    if (!reading.ok) return this.reject(method, reading.reason, reading.detail, null, fields);
    const { claim } = reading;
    const row = await this.online.findByProviderRef(this.prisma, method, claim.providerRef);
    if (!row) return this.reject(method, 'unknown_payment', `no payment ${claim.providerRef}`, null, fields);
    if (CAPTURED.includes(row.status)) return this.replay(method, row);
    if (row.status !== 'requires_action') return this.closed(provider, row, claim);

    const state = await provider.confirm(refOf(row), claim, true);
    const verdict = judgeOnlinePayment(expectedOf(method, row), state, claim.hint);
    return this.apply(ctx, method, row, verdict, fields);
  }

  private async apply(
    ctx: RequestContext,
    method: OnlineMethod,
    row: IntentWithPackages,
    verdict: OnlineVerdict,
    fields: Readonly<Record<string, string>>,
  ): Promise<CallbackResult> {
    switch (verdict.action) {
      case 'unavailable':
        this.metrics.callback(method, 'unavailable');
        this.log('warn', 'payment callback not checked: the provider is unavailable', {
          method,
          paymentId: row.id,
          reason: verdict.reason,
        });
        return { outcome: 'unavailable', orderId: row.orderId, flag: 'pending', detail: verdict.reason };
      case 'reject':
        return this.reject(method, verdict.rejection, verdict.detail, row, fields);
      case 'wait':
        return this.reject(method, 'not_completed', verdict.detail, row, fields);
      case 'capture':
      case 'fail':
        return this.settleLocked(ctx, method, row, verdict);
    }
  }

  /** Under the row lock the intent is read again: a duplicate that lost the race finds it captured already. */
  private async settleLocked(
    ctx: RequestContext,
    method: OnlineMethod,
    row: IntentWithPackages,
    verdict: Extract<OnlineVerdict, { action: 'capture' | 'fail' }>,
  ): Promise<CallbackResult> {
    const result = await this.unitOfWork.run(ctx, async ({ tx }) => {
      const locked = await this.online.lock(tx, row.id);
      if (!locked || locked.status !== 'requires_action') return locked;
      if (verdict.action === 'capture') await this.settle.capture(ctx, tx, locked, verdict);
      else await this.settle.fail(ctx, tx, locked, verdict.code, verdict.reason);
      return 'settled' as const;
    });
    if (result !== 'settled') {
      if (result && CAPTURED.includes(result.status)) return this.replay(method, result);
      return this.reject(method, 'intent_closed', `the payment is ${result?.status ?? 'gone'}`, row, {});
    }
    if (verdict.action === 'capture') {
      this.metrics.callback(method, 'captured');
      this.log('info', 'online payment captured', { method, paymentId: row.id, orderId: row.orderId });
      return { outcome: 'captured', orderId: row.orderId, flag: 'success', detail: verdict.note };
    }
    this.metrics.callback(method, 'failed');
    if (verdict.code === 'amount_mismatch')
      this.log('error', 'online payment of the wrong amount: failed, the money must be returned by hand', {
        method,
        paymentId: row.id,
        orderId: row.orderId,
        reason: verdict.reason,
      });
    return {
      outcome: 'failed',
      orderId: row.orderId,
      flag: verdict.code === 'cancelled' ? 'cancelled' : 'failed',
      detail: verdict.reason,
    };
  }

  /**
   * A callback for an intent that already ended (failed, cancelled, expired). Nothing changes; bKash is never
   * executed for it. When another provider says the shopper paid anyway, the money must go back: logged as such.
   */
  private async closed(
    provider: OnlinePaymentProvider,
    row: IntentWithPackages,
    claim: CallbackClaim,
  ): Promise<CallbackResult> {
    const method = provider.method;
    if (claim.hint === 'success') {
      const state = await provider.confirm(refOf(row), claim, false);
      if (state.status === 'paid')
        this.log('error', 'paid after the payment was closed: refund the shopper', {
          method,
          paymentId: row.id,
          orderId: row.orderId,
          status: row.status,
          detail: state.detail,
        });
    }
    const result = this.reject(method, 'intent_closed', `the payment is ${row.status}`, row, {});
    return { ...result, outcome: 'closed', flag: CLOSED_FLAG[row.status] ?? 'failed' };
  }

  private replay(method: OnlineMethod, row: IntentWithPackages): CallbackResult {
    this.metrics.callback(method, 'replay');
    this.metrics.rejection(method, 'replay');
    this.log('info', 'payment callback for a captured payment: answered again, nothing changed', {
      method,
      paymentId: row.id,
    });
    return { outcome: 'replay', orderId: row.orderId, flag: 'success', detail: 'already captured' };
  }

  private reject(
    method: OnlineMethod,
    reason: CallbackRejection,
    detail: string,
    row: IntentWithPackages | null,
    fields: Readonly<Record<string, string>>,
  ): CallbackResult {
    this.metrics.callback(method, 'rejected');
    this.metrics.rejection(method, reason);
    this.log('warn', 'payment callback rejected', {
      method,
      reason,
      detail,
      paymentId: row?.id,
      // what the callback named, never its signatures
      named: fields['paymentID'] ?? fields['payment_ref_id'] ?? fields['tran_id'],
    });
    return { outcome: 'rejected', orderId: row?.orderId ?? null, flag: 'failed', detail };
  }
}

export function refOf(row: IntentWithPackages): OnlinePaymentRef {
  return {
    paymentId: row.id,
    providerRef: row.providerRef ?? '',
    reference: row.providerReference,
    amountPoisha: Number(row.amountPoisha),
  };
}

export function expectedOf(method: OnlineMethod, row: IntentWithPackages) {
  return {
    method,
    amountPoisha: Number(row.amountPoisha),
    reference: row.providerReference,
    tolerancePoisha: AMOUNT_TOLERANCE_POISHA[method],
  };
}
