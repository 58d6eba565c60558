import type { IncomingHttpHeaders } from 'node:http';
import { ScenarioBook } from '../control/scenario.book';
import { CallbackUrl } from '../shared/callback-url';
import { DhakaTime, MoneyAmount } from '@getit/payment-protocols';
import { PublicUrl } from '../shared/public-url';
import { RequestBody } from '../shared/request-body';
import { SandboxClock } from '../shared/sandbox-clock';
import { NagadEnvelope } from './nagad-envelope';
import { NagadError } from './nagad.error';
import { NagadHeadersGuard } from './nagad-headers.guard';
import { NagadIdsGenerator } from './nagad-ids.generator';
import { NagadPayment } from './nagad-payment';
import { NagadPaymentsStore } from './nagad-payments.store';
import { NagadSettings } from './nagad-settings';

const ORDER_ID = /^[A-Za-z0-9]{5,20}$/;
const BDT_NUMERIC = '050';

/** check-out/initialize and check-out/complete: the two signed, encrypted steps before the shopper pays. */
export class NagadCheckoutService {
  constructor(
    private readonly settings: NagadSettings,
    private readonly envelope: NagadEnvelope,
    private readonly store: NagadPaymentsStore,
    private readonly scenarios: ScenarioBook,
    private readonly clock: SandboxClock,
    private readonly publicUrl: PublicUrl,
  ) {}

  initialize(merchantId: string, orderId: string, headers: IncomingHttpHeaders, body: unknown) {
    const { clientType } = NagadHeadersGuard.check(headers);
    if (!ORDER_ID.test(orderId))
      throw new NagadError('invalidOrderId', 'orderId must be 5–20 letters or digits');
    if (merchantId !== this.settings.merchantId) {
      throw new NagadError('signatureVerificationFailed', `no key registered for merchant ${merchantId}`);
    }
    const fields = new RequestBody(body);
    if (!fields.text('accountNumber') || !DhakaTime.isCompact(fields.text('dateTime'))) {
      throw new NagadError(
        'invalidSensitiveData',
        'accountNumber and dateTime (yyyyMMddHHmmss) are required',
      );
    }
    const sensitive = this.envelope.open(fields);
    const same = sensitive.text('merchantId') === merchantId && sensitive.text('orderId') === orderId;
    if (!same || !DhakaTime.isCompact(sensitive.text('datetime')) || !sensitive.text('challenge')) {
      throw new NagadError(
        'invalidSensitiveData',
        'expected {merchantId, datetime, orderId, challenge} matching the path',
      );
    }
    if (this.store.hasOrder(merchantId, orderId)) throw new NagadError('duplicateOrderId');

    const now = this.clock.now();
    const payment: NagadPayment = {
      paymentReferenceId: NagadIdsGenerator.paymentReferenceId(now, merchantId, orderId),
      merchantId,
      orderId,
      challenge: NagadIdsGenerator.challenge(),
      clientType,
      initializedAt: now,
      status: 'OrderInitiated',
      waitingForShopper: false,
      callbacks: [],
      scenario: this.scenarios.take('nagad', orderId),
    };
    this.store.add(payment);
    return this.envelope.seal({
      paymentReferenceId: payment.paymentReferenceId,
      challenge: payment.challenge,
      acceptDateTime: DhakaTime.compact(now),
    });
  }

  complete(paymentReferenceId: string, headers: IncomingHttpHeaders, body: unknown) {
    NagadHeadersGuard.check(headers);
    const payment = this.store.get(paymentReferenceId);
    if (!payment)
      throw new NagadError('invalidSensitiveData', `unknown paymentReferenceId ${paymentReferenceId}`);
    const fields = new RequestBody(body);
    const merchantCallbackURL = fields.text('merchantCallbackURL');
    if (!CallbackUrl.isValid(merchantCallbackURL)) {
      throw new NagadError('invalidSensitiveData', 'merchantCallbackURL must be an absolute http(s) URL');
    }
    const sensitive = this.envelope.open(fields);
    const amount = MoneyAmount.parse(sensitive.raw('amount'));
    if (
      sensitive.text('merchantId') !== payment.merchantId ||
      sensitive.text('orderId') !== payment.orderId
    ) {
      throw new NagadError('invalidSensitiveData', 'merchantId/orderId differ from the initialized order');
    }
    if (sensitive.text('challenge') !== payment.challenge) {
      throw new NagadError('invalidSensitiveData', 'challenge is not the one Nagad returned at initialize');
    }
    if (sensitive.text('currencyCode') !== BDT_NUMERIC)
      throw new NagadError('invalidSensitiveData', 'currencyCode must be 050');
    if (!amount || amount.isZero())
      throw new NagadError('invalidSensitiveData', 'amount must be a positive decimal');
    if (payment.status !== 'OrderInitiated') {
      throw new NagadError('invalidSensitiveData', `payment is already ${payment.status}`);
    }
    payment.status = 'Ready';
    payment.waitingForShopper = true;
    payment.requestedAmount = amount;
    payment.recordedAmount = payment.scenario.recordedAmount(amount);
    payment.merchantCallbackURL = merchantCallbackURL;
    payment.additionalMerchantInfo = fields.raw('additionalMerchantInfo');
    payment.completedAt = this.clock.now();
    return { status: 'Success', callBackUrl: this.checkoutPageUrl(payment.paymentReferenceId) };
  }

  checkoutPageUrl(paymentReferenceId: string): string {
    return this.publicUrl.to(`/nagad/check-out/${encodeURIComponent(paymentReferenceId)}`);
  }
}
