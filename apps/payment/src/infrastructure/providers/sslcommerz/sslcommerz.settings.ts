/** How to reach SSLCommerz (v4) and the store we sell as. */
export interface SslcommerzSettings {
  /** e.g. https://securepay.sslcommerz.com */
  baseUrl: string;
  storeId: string;
  /** store_passwd: sent to the APIs and the key of verify_sign. */
  storePassword: string;
  /** Base of success_url, fail_url, cancel_url (browser POSTs) and ipn_url (server POST): {base}/success … */
  callbackBaseUrl: string;
  timeoutMs: number;
}
