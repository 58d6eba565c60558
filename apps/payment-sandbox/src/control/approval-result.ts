import { DeliveryReport } from '../shared/callback-sender';
import { Provider } from '../shared/provider';
import { EffectiveOutcome } from './payment-scenario';

/** A form the shopper's browser is made to POST to the merchant (SSLCommerz success/fail/cancel URLs). */
export interface BrowserForm {
  action: string;
  fields: Record<string, string>;
}

/** What the sandbox did when the shopper acted on a checkout page. */
export interface ApprovalResult {
  provider: Provider;
  /** bKash paymentID, Nagad paymentReferenceId or SSLCommerz sessionkey. */
  id: string;
  outcome: EffectiveOutcome;
  /** Where the browser goes first; null when the shopper never comes back (timeout). */
  callbackUrl: string | null;
  /** Every browser-bound callback in order; more than one under duplicate_callback (bKash, Nagad). */
  callbackUrls: string[];
  /** SSLCommerz: the form the browser POSTs to success_url / fail_url / cancel_url. */
  browserForm?: BrowserForm;
  /** SSLCommerz: each IPN delivery to ipn_url, in order. */
  ipn?: DeliveryReport[];
}
