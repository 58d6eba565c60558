/** How to reach bKash Tokenized Checkout (PGW v1.2.0-beta) and who we are there. */
export interface BkashSettings {
  /** e.g. https://tokenized.pay.bka.sh/v1.2.0-beta; calls go to {baseUrl}/tokenized/checkout/… */
  baseUrl: string;
  username: string;
  password: string;
  appKey: string;
  appSecret: string;
  /** Where bKash sends the shopper's browser back (GET with paymentID, status, signature). */
  callbackUrl: string;
  timeoutMs: number;
}
