/** A store's credentials; the sandbox accepts exactly one store. */
export interface SslcommerzCredentials {
  storeId: string;
  storePassword: string;
}

/** SSLCommerz's widely published sandbox test store. */
export const DEFAULT_SSLCOMMERZ_CREDENTIALS: SslcommerzCredentials = {
  storeId: 'testbox',
  storePassword: 'qwerty',
};
