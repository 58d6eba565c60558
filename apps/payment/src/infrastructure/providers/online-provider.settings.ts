import { PaymentConfig } from '../../config/payment.config';
import { BkashSettings } from './bkash/bkash.settings';
import { NagadSettings } from './nagad/nagad.settings';
import { SslcommerzSettings } from './sslcommerz/sslcommerz.settings';

/** The online providers this deployment can reach; Nagad only with its key pair. */
export interface OnlineProviderSettings {
  bkash?: BkashSettings;
  nagad?: NagadSettings;
  sslcommerz?: SslcommerzSettings;
}

export function onlineProviderSettings(config: PaymentConfig): OnlineProviderSettings {
  const callbacks = config.PAYMENT_CALLBACK_BASE_URL;
  const timeoutMs = config.PAYMENT_PROVIDER_TIMEOUT_MS;
  return {
    bkash: {
      baseUrl: config.BKASH_BASE_URL,
      username: config.BKASH_USERNAME,
      password: config.BKASH_PASSWORD,
      appKey: config.BKASH_APP_KEY,
      appSecret: config.BKASH_APP_SECRET,
      callbackUrl: `${callbacks}/bkash`,
      timeoutMs,
    },
    ...(config.NAGAD_PUBLIC_KEY && config.NAGAD_MERCHANT_PRIVATE_KEY
      ? {
          nagad: {
            baseUrl: config.NAGAD_BASE_URL,
            merchantId: config.NAGAD_MERCHANT_ID,
            merchantNumber: config.NAGAD_MERCHANT_NUMBER,
            nagadPublicKey: config.NAGAD_PUBLIC_KEY,
            merchantPrivateKey: config.NAGAD_MERCHANT_PRIVATE_KEY,
            callbackUrl: `${callbacks}/nagad`,
            clientIp: config.NAGAD_CLIENT_IP,
            timeoutMs,
          },
        }
      : {}),
    sslcommerz: {
      baseUrl: config.SSLCOMMERZ_BASE_URL,
      storeId: config.SSLCOMMERZ_STORE_ID,
      storePassword: config.SSLCOMMERZ_STORE_PASSWORD,
      callbackBaseUrl: `${callbacks}/sslcommerz`,
      timeoutMs,
    },
  };
}
