import { randomBytes } from 'node:crypto';
import { DhakaTime, NagadCrypto } from '@getit/payment-protocols';
import { NagadKeysView } from '../../src/nagad/nagad.keyring';
import { HttpAnswer, httpCall } from './http-call';

export const NAGAD_HEADERS = {
  'X-KM-Api-Version': 'v-0.2.0',
  'X-KM-IP-V4': '203.0.113.10',
  'X-KM-Client-Type': 'PC_WEB',
};

export interface InitializeOptions {
  headers?: Record<string, string>;
  /** Sign with this private key instead of the merchant's. */
  signWith?: string;
  /** Encrypt for this public key instead of Nagad's. */
  encryptFor?: string;
  sensitive?: Record<string, string>;
}

/** A merchant's Nagad client: encrypts for Nagad's public key, signs with the merchant's private key. */
export class NagadMerchant {
  constructor(
    private readonly baseUrl: string,
    readonly keys: NagadKeysView & { merchantPrivateKey: string },
  ) {}

  async initialize(orderId: string, options: InitializeOptions = {}): Promise<HttpAnswer> {
    const now = DhakaTime.compact(Date.now());
    const sensitive = {
      merchantId: this.keys.merchantId,
      datetime: now,
      orderId,
      challenge: randomBytes(20).toString('hex'),
      ...options.sensitive,
    };
    return httpCall(
      'POST',
      `${this.baseUrl}/api/dfs/check-out/initialize/${this.keys.merchantId}/${orderId}`,
      {
        headers: options.headers ?? NAGAD_HEADERS,
        json: { accountNumber: this.keys.merchantNumber, dateTime: now, ...this.seal(sensitive, options) },
      },
    );
  }

  /** Opens Nagad's `{sensitiveData, signature}`: decrypts with the merchant key, checks Nagad's signature. */
  open(body: { sensitiveData: string; signature: string }): {
    data: Record<string, string>;
    signedByNagad: boolean;
  } {
    const plaintext = NagadCrypto.decrypt(body.sensitiveData, this.keys.merchantPrivateKey);
    return {
      data: JSON.parse(plaintext),
      signedByNagad: NagadCrypto.verify(plaintext, body.signature, this.keys.nagadPublicKey),
    };
  }

  complete(
    paymentReferenceId: string,
    sensitive: Record<string, string>,
    merchantCallbackURL: string,
    options: InitializeOptions = {},
  ): Promise<HttpAnswer> {
    return httpCall('POST', `${this.baseUrl}/api/dfs/check-out/complete/${paymentReferenceId}`, {
      headers: options.headers ?? NAGAD_HEADERS,
      json: {
        ...this.seal({ merchantId: this.keys.merchantId, currencyCode: '050', ...sensitive }, options),
        merchantCallbackURL,
        additionalMerchantInfo: { shop: 'GetIt', vendorCount: 2 },
      },
    });
  }

  /** initialize + complete: returns what the merchant needs to send the shopper on. */
  async startCheckout(orderId: string, amount: string, callbackUrl: string) {
    const init = await this.initialize(orderId);
    if (init.status !== 200) throw new Error(`initialize failed: ${init.text}`);
    const { data } = this.open(init.body);
    const complete = await this.complete(
      data['paymentReferenceId'] as string,
      { orderId, amount, challenge: data['challenge'] as string },
      callbackUrl,
    );
    if (complete.status !== 200) throw new Error(`complete failed: ${complete.text}`);
    return {
      paymentReferenceId: data['paymentReferenceId'] as string,
      callBackUrl: complete.body.callBackUrl as string,
    };
  }

  verify(paymentRefId: string, headers: Record<string, string> = NAGAD_HEADERS): Promise<HttpAnswer> {
    return httpCall('GET', `${this.baseUrl}/api/dfs/verify/payment/${paymentRefId}`, { headers });
  }

  private seal(data: Record<string, string>, options: InitializeOptions) {
    const plaintext = JSON.stringify(data);
    return {
      sensitiveData: NagadCrypto.encrypt(plaintext, options.encryptFor ?? this.keys.nagadPublicKey),
      signature: NagadCrypto.sign(plaintext, options.signWith ?? this.keys.merchantPrivateKey),
    };
  }
}
