import { SandboxControlClient } from '@getit/sandbox-kit';
import { Provider } from '../shared/provider';
import { ApprovalResult } from './approval-result';
import { ShopperAction } from './payment-scenario';
import { SandboxConfigView, SandboxKeys, SandboxPayments } from './payment-views';
import { ScenarioRequest } from './scenario-request';

/**
 * A typed client for the sandbox's /__control API, for tests in any project: queue scenarios, act as the
 * shopper's browser without parsing HTML, read back what the sandbox holds, fetch keys and credentials.
 */
export class PaymentSandboxControl {
  private readonly client: SandboxControlClient;

  constructor(baseUrl: string) {
    this.client = new SandboxControlClient(baseUrl, 'payment sandbox');
  }

  /** Queues what the next payment(s) of a provider do (or switches a provider `down`). */
  async setScenario(scenario: ScenarioRequest): Promise<void> {
    await this.client.call('POST', '/scenario', scenario);
  }

  /** Clears scenarios, outages, payments, tokens and the clock offset; of one provider when named. */
  async reset(provider?: Provider): Promise<void> {
    await this.client.call('POST', '/reset', provider ? { provider } : {});
  }

  payments(): Promise<SandboxPayments> {
    return this.client.call('GET', '/payments');
  }

  keys(): Promise<SandboxKeys> {
    return this.client.call('GET', '/keys');
  }

  config(): Promise<SandboxConfigView> {
    return this.client.call('GET', '/config');
  }

  /** Acts as the shopper on a checkout page; see ApprovalResult for what the merchant gets. */
  approve(provider: Provider, id: string, action: ShopperAction = 'success'): Promise<ApprovalResult> {
    return this.client.call('POST', '/approve', { provider, id, outcome: action });
  }

  /** Returns the callback URL(s) the shopper's browser would be sent to (GET). */
  approveBkash(paymentID: string, action: ShopperAction = 'success'): Promise<ApprovalResult> {
    return this.approve('bkash', paymentID, action);
  }

  /** Returns the merchantCallbackURL(s) the shopper's browser would be sent to (GET). */
  approveNagad(paymentReferenceId: string, action: ShopperAction = 'success'): Promise<ApprovalResult> {
    return this.approve('nagad', paymentReferenceId, action);
  }

  /** Delivers the IPN(s) to ipn_url before answering; returns the form the browser would POST. */
  approveSslcommerz(sessionkeyOrTranId: string, action: ShopperAction = 'success'): Promise<ApprovalResult> {
    return this.approve('sslcommerz', sessionkeyOrTranId, action);
  }

  /** Moves the sandbox's clock forward (token expiry). */
  async advanceClock(seconds: number): Promise<void> {
    await this.client.call('POST', '/clock', { advanceSeconds: seconds });
  }
}
