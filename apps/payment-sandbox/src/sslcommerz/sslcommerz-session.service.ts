import { ScenarioBook } from '../control/scenario.book';
import { FormFields } from '../shared/form-body.parser';
import { PublicUrl } from '../shared/public-url';
import { SandboxClock } from '../shared/sandbox-clock';
import { SslcommerzCredentials } from './sslcommerz-credentials';
import { SslcommerzIdsGenerator } from './sslcommerz-ids.generator';
import { SslcommerzSessionRequestParser } from './sslcommerz-session-request';
import { SslcommerzTransactionsStore } from './sslcommerz-transactions.store';

/** The sandbox's checkout pages sit under /EasyCheckOut/testcde<sessionkey>, as SSLCommerz's sandbox ones do. */
export const SSLCOMMERZ_PAGE_PREFIX = 'testcde';

/** POST /gwprocess/v4/api.php: validates the form, opens a session and hands back GatewayPageURL. */
export class SslcommerzSessionService {
  constructor(
    private readonly credentials: SslcommerzCredentials,
    private readonly store: SslcommerzTransactionsStore,
    private readonly scenarios: ScenarioBook,
    private readonly clock: SandboxClock,
    private readonly publicUrl: PublicUrl,
  ) {}

  create(form: FormFields) {
    const request = SslcommerzSessionRequestParser.parse(form);
    if ('failedreason' in request) return this.failed(request.failedreason);
    if (
      request.storeId !== this.credentials.storeId ||
      request.storePassword !== this.credentials.storePassword
    ) {
      return this.failed('Store Credential Error Or Store is De-active');
    }
    if (this.store.findByTranId(request.tranId))
      return this.failed("Invalid Information! 'tran_id' is a duplicate.");

    const scenario = this.scenarios.take('sslcommerz', request.tranId);
    const sessionkey = SslcommerzIdsGenerator.sessionkey();
    this.store.add({
      sessionkey,
      tranId: request.tranId,
      requestedAmount: request.amount,
      recordedAmount: scenario.recordedAmount(request.amount),
      currency: request.currency,
      successUrl: request.successUrl,
      failUrl: request.failUrl,
      cancelUrl: request.cancelUrl,
      ...(request.ipnUrl ? { ipnUrl: request.ipnUrl } : {}),
      values: request.values,
      productName: request.productName,
      createdAt: this.clock.now(),
      status: 'UNATTEMPTED',
      waitingForShopper: true,
      refunds: [],
      callbacks: [],
      ipnDeliveries: [],
      scenario,
    });
    const gatewayPageUrl = this.checkoutPageUrl(sessionkey);
    return {
      status: 'SUCCESS',
      failedreason: '',
      sessionkey,
      gw: {
        visa: '',
        master: '',
        amex: '',
        othercards: '',
        internetbanking: '',
        mobilebanking: 'bkash,nagad',
      },
      redirectGatewayURL: gatewayPageUrl,
      directPaymentURLBank: '',
      directPaymentURLCard: '',
      directPaymentURL: '',
      redirectGatewayURLFailed: '',
      GatewayPageURL: gatewayPageUrl,
      storeBanner: '',
      storeLogo: '',
      desc: [],
      is_direct_pay_enable: '0',
    };
  }

  checkoutPageUrl(sessionkey: string): string {
    return this.publicUrl.to(`/EasyCheckOut/${SSLCOMMERZ_PAGE_PREFIX}${sessionkey}`);
  }

  private failed(failedreason: string) {
    return { status: 'FAILED', failedreason, sessionkey: '', gw: [], GatewayPageURL: '' };
  }
}
