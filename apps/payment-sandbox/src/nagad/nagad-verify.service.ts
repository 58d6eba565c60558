import type { IncomingHttpHeaders } from 'node:http';
import { DhakaTime } from '@getit/payment-protocols';
import { NagadError } from './nagad.error';
import { NagadHeadersGuard } from './nagad-headers.guard';
import { NagadPaymentStatus } from './nagad-payment';
import { NagadPaymentsStore } from './nagad-payments.store';
import { NagadSettings } from './nagad-settings';

/** verify's `statusCode`: 000 for Success per Nagad's samples; the others are the sandbox's own [U]. */
const STATUS_CODES: Record<NagadPaymentStatus, string> = {
  Success: '000',
  Failed: '001',
  Aborted: '002',
  Cancelled: '002',
  Ready: '003',
  OrderInitiated: '004',
};
const CLIENT_MOBILE = '01711***428';

/** verify/payment/{paymentRefId}: the unsigned server-to-server check that decides whether an order is paid. */
export class NagadVerifyService {
  constructor(
    private readonly settings: NagadSettings,
    private readonly store: NagadPaymentsStore,
  ) {}

  verify(paymentRefId: string, headers: IncomingHttpHeaders) {
    NagadHeadersGuard.check(headers);
    const payment = this.store.get(paymentRefId);
    if (!payment) throw new NagadError('invalidSensitiveData', `unknown paymentRefId ${paymentRefId}`);
    const paid = payment.status === 'Success';
    const timestamp = (ms: number | undefined) => (ms === undefined ? null : `${DhakaTime.sql(ms)}.0`);
    const info = payment.additionalMerchantInfo;
    return {
      merchantId: payment.merchantId,
      orderId: payment.orderId,
      paymentRefId: payment.paymentReferenceId,
      amount: (paid ? payment.recordedAmount : payment.requestedAmount)?.toString() ?? null,
      clientMobileNo: paid ? CLIENT_MOBILE : null,
      merchantMobileNo: this.settings.merchantNumber,
      orderDateTime: timestamp(payment.initializedAt),
      issuerPaymentDateTime: timestamp(payment.issuerPaymentAt),
      issuerPaymentRefNo: payment.issuerPaymentRefNo ?? null,
      additionalMerchantInfo: info === undefined || info === null ? null : JSON.stringify(info),
      status: payment.status,
      statusCode: STATUS_CODES[payment.status],
      cancelIssuerDateTime: timestamp(payment.cancelIssuerAt),
      cancelIssuerRefNo: payment.cancelIssuerRefNo ?? null,
    };
  }
}
