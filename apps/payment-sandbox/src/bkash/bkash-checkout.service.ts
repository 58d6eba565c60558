import { ScenarioBook } from '../control/scenario.book';
import { CallbackUrl } from '../shared/callback-url';
import { DhakaTime, MoneyAmount } from '@getit/payment-protocols';
import { PublicUrl } from '../shared/public-url';
import { RequestBody } from '../shared/request-body';
import { SandboxClock } from '../shared/sandbox-clock';
import { BkashError } from './bkash.error';
import { BkashIdGenerator } from './bkash-id.generator';
import { BkashPayment } from './bkash-payment';
import { BkashPaymentsStore } from './bkash-payments.store';

const SUCCESS = { statusCode: '0000', statusMessage: 'Successful' } as const;
const INVOICE = /^[\w\-./#:]{1,255}$/;
const MOBILE = /^(?:\+?880|0)1[3-9]\d{8}$/;
/** The wallet the sandbox pretends paid when the payer reference is not a mobile number. */
const DEFAULT_CUSTOMER_MSISDN = '01770618575';
const ORGANIZATION_SHORT_CODE = '50022';

/** create / execute / payment/status / general/searchTransaction for mode 0011 (checkout without agreement). */
export class BkashCheckoutService {
  constructor(
    private readonly store: BkashPaymentsStore,
    private readonly scenarios: ScenarioBook,
    private readonly clock: SandboxClock,
    private readonly publicUrl: PublicUrl,
  ) {}

  create(body: unknown) {
    const fields = new RequestBody(body);
    const mode = fields.text('mode');
    const callbackURL = fields.text('callbackURL');
    const merchantInvoiceNumber = fields.text('merchantInvoiceNumber');
    if (!mode || !callbackURL || !merchantInvoiceNumber || !fields.has('amount')) {
      throw new BkashError('mandatoryFieldMissing');
    }
    if (mode !== '0011') throw new BkashError('invalidMode');
    const amount = MoneyAmount.parse(fields.raw('amount'));
    if (!amount || amount.isZero()) throw new BkashError('invalidAmount');
    if ((fields.text('currency') ?? '') !== 'BDT') throw new BkashError('invalidCurrency');
    if ((fields.text('intent') ?? '') !== 'sale') throw new BkashError('invalidIntent');
    if (!CallbackUrl.isValid(callbackURL, 255)) throw new BkashError('invalidCallbackUrl');
    if (!INVOICE.test(merchantInvoiceNumber)) throw new BkashError('invalidInvoiceNumber');

    const now = this.clock.now();
    const scenario = this.scenarios.take('bkash', merchantInvoiceNumber);
    const payment: BkashPayment = {
      paymentID: BkashIdGenerator.paymentId(now),
      mode,
      payerReference: fields.text('payerReference') ?? '',
      callbackURL,
      requestedAmount: amount,
      recordedAmount: scenario.recordedAmount(amount),
      currency: 'BDT',
      intent: 'sale',
      merchantInvoiceNumber,
      createdAt: now,
      transactionStatus: 'Initiated',
      shopper: 'pending',
      callbacks: [],
      refunds: [],
      scenario,
    };
    this.store.add(payment);
    const callback = (status: string) =>
      CallbackUrl.with(callbackURL, { paymentID: payment.paymentID, status });
    return {
      paymentID: payment.paymentID,
      bkashURL: this.checkoutPageUrl(payment.paymentID),
      callbackURL,
      successCallbackURL: callback('success'),
      failureCallbackURL: callback('failure'),
      cancelledCallbackURL: callback('cancel'),
      amount: amount.toString(),
      intent: payment.intent,
      currency: payment.currency,
      paymentCreateTime: DhakaTime.bkash(now),
      transactionStatus: payment.transactionStatus,
      merchantInvoiceNumber,
      ...SUCCESS,
    };
  }

  execute(body: unknown) {
    const payment = this.paymentFrom(body);
    if (payment.transactionStatus === 'Completed') throw new BkashError('executeAlreadyCalled');
    if (payment.transactionStatus !== 'Initiated' || payment.shopper !== 'approved') {
      throw new BkashError('invalidPaymentState');
    }
    payment.transactionStatus = 'Completed';
    payment.trxID = BkashIdGenerator.trxId();
    payment.executedAt = this.clock.now();
    payment.customerMsisdn = MOBILE.test(payment.payerReference)
      ? payment.payerReference
      : DEFAULT_CUSTOMER_MSISDN;
    this.store.indexTrxId(payment);
    return {
      paymentID: payment.paymentID,
      customerMsisdn: payment.customerMsisdn,
      payerReference: payment.payerReference,
      paymentExecuteTime: DhakaTime.bkash(payment.executedAt),
      trxID: payment.trxID,
      transactionStatus: payment.transactionStatus,
      amount: payment.recordedAmount.toString(),
      currency: payment.currency,
      intent: payment.intent,
      merchantInvoiceNumber: payment.merchantInvoiceNumber,
      ...SUCCESS,
    };
  }

  status(body: unknown) {
    const payment = this.paymentFrom(body);
    const completed = payment.transactionStatus === 'Completed';
    return {
      paymentID: payment.paymentID,
      mode: payment.mode,
      paymentCreateTime: DhakaTime.bkash(payment.createdAt),
      ...(payment.executedAt === undefined
        ? {}
        : { paymentExecuteTime: DhakaTime.bkash(payment.executedAt) }),
      ...(payment.trxID === undefined ? {} : { trxID: payment.trxID }),
      transactionStatus: payment.transactionStatus,
      amount: (completed ? payment.recordedAmount : payment.requestedAmount).toString(),
      currency: payment.currency,
      intent: payment.intent,
      merchantInvoice: payment.merchantInvoiceNumber,
      payerReference: payment.payerReference,
      ...(payment.customerMsisdn === undefined ? {} : { customerMsisdn: payment.customerMsisdn }),
      verificationStatus: completed ? 'Complete' : 'Incomplete',
      ...SUCCESS,
    };
  }

  search(body: unknown) {
    const trxID = new RequestBody(body).text('trxID');
    if (!trxID) throw new BkashError('mandatoryFieldMissing');
    const payment = this.store.findByTrxId(trxID);
    if (!payment || payment.executedAt === undefined) throw new BkashError('transactionNotFound');
    return {
      trxID,
      transactionStatus: payment.transactionStatus,
      transactionType: 'bKash Tokenized Checkout via API',
      amount: payment.recordedAmount.toString(),
      currency: payment.currency,
      customerMsisdn: payment.customerMsisdn ?? DEFAULT_CUSTOMER_MSISDN,
      organizationShortCode: ORGANIZATION_SHORT_CODE,
      initiationTime: DhakaTime.bkash(payment.createdAt),
      completedTime: DhakaTime.bkash(payment.executedAt),
      transactionReference: payment.payerReference,
      ...SUCCESS,
    };
  }

  checkoutPageUrl(paymentID: string): string {
    return `${this.publicUrl.to(`/bkash/pay/${encodeURIComponent(paymentID)}`)}?mode=0011&apiVersion=v1.2.0-beta`;
  }

  private paymentFrom(body: unknown): BkashPayment {
    const paymentID = new RequestBody(body).text('paymentID');
    if (!paymentID) throw new BkashError('mandatoryFieldMissing');
    const payment = this.store.get(paymentID);
    if (!payment) throw new BkashError('invalidPaymentId');
    return payment;
  }
}
