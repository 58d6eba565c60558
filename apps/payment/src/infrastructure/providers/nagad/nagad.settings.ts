/** How to reach Nagad's merchant API (X-KM-Api-Version v-0.2.0) and the keys of the exchange. */
export interface NagadSettings {
  /** e.g. http://sandbox.mynagad.com:10080/remote-payment-gateway-1.0; calls go to {baseUrl}/api/dfs/… */
  baseUrl: string;
  merchantId: string;
  /** The merchant's 11-digit account number (initialize's accountNumber). */
  merchantNumber: string;
  /** Nagad's public key: requests are encrypted for it and its signatures are checked with it. */
  nagadPublicKey: string;
  /** The merchant's private key: requests are signed with it and answers decrypted with it. */
  merchantPrivateKey: string;
  /** Where Nagad sends the shopper's browser back (GET with payment_ref_id, status, …). */
  callbackUrl: string;
  /** X-KM-IP-V4: the merchant server's IPv4 address. */
  clientIp: string;
  timeoutMs: number;
}
