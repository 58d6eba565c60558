import { z } from 'zod';
import { logLevel, oneOf, port, positiveInt, sensitive, url } from '@getit/config';
import { DEFAULT_BKASH_CREDENTIALS } from '../bkash/bkash-credentials';
import { NagadCrypto } from '@getit/payment-protocols';
import { DEFAULT_NAGAD_SETTINGS } from '../nagad/nagad-settings';
import type { PaymentSandboxOptions } from '../payment-sandbox.server';
import { DEFAULT_SSLCOMMERZ_CREDENTIALS } from '../sslcommerz/sslcommerz-credentials';

const parses = (read: (key: string) => unknown) => (value: string) => {
  try {
    read(value);
    return true;
  } catch {
    return false;
  }
};

const NAGAD_CANCEL_STATUSES = { aborted: 'Aborted', cancelled: 'Cancelled' } as const;

/** The sandbox's environment; every credential has the providers' public sandbox value as its default. */
export const paymentSandboxConfigSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: port(3090),
  PUBLIC_URL: url({ protocols: ['http:', 'https:'] }).optional(),
  LOG_LEVEL: logLevel(),
  PAYMENT_SANDBOX_MAX_PAYMENTS: positiveInt(50_000),
  PAYMENT_SANDBOX_CALLBACK_TIMEOUT_MS: positiveInt(5_000),
  BKASH_USERNAME: z.string().default(DEFAULT_BKASH_CREDENTIALS.username),
  BKASH_PASSWORD: sensitive(z.string()).default(DEFAULT_BKASH_CREDENTIALS.password),
  BKASH_APP_KEY: z.string().default(DEFAULT_BKASH_CREDENTIALS.appKey),
  BKASH_APP_SECRET: sensitive(z.string()).default(DEFAULT_BKASH_CREDENTIALS.appSecret),
  NAGAD_MERCHANT_ID: z
    .string()
    .regex(/^\d{6,20}$/, 'must be digits')
    .default(DEFAULT_NAGAD_SETTINGS.merchantId),
  NAGAD_MERCHANT_NUMBER: z
    .string()
    .regex(/^01[3-9]\d{8}$/, 'must be an 11-digit mobile number')
    .default(DEFAULT_NAGAD_SETTINGS.merchantNumber),
  NAGAD_MERCHANT_PUBLIC_KEY: z
    .string()
    .refine(parses(NagadCrypto.publicKey), 'must be an RSA public key (PEM or bare base64)')
    .optional(),
  NAGAD_PRIVATE_KEY: sensitive(
    z.string().refine(parses(NagadCrypto.privateKey), 'must be an RSA private key (PEM or bare base64)'),
  ).optional(),
  NAGAD_SIGNATURE_ALGORITHM: oneOf(['sha256', 'sha1'] as const).default('sha256'),
  // oneOf() lower-cases what it reads, so the lower-case spellings are matched and mapped back.
  NAGAD_CANCEL_STATUS: oneOf(['aborted', 'cancelled'] as const)
    .default('aborted')
    .transform((status) => NAGAD_CANCEL_STATUSES[status]),
  SSLCOMMERZ_STORE_ID: z.string().default(DEFAULT_SSLCOMMERZ_CREDENTIALS.storeId),
  SSLCOMMERZ_STORE_PASSWORD: sensitive(z.string()).default(DEFAULT_SSLCOMMERZ_CREDENTIALS.storePassword),
});

export type PaymentSandboxConfig = z.output<typeof paymentSandboxConfigSchema>;

export function toSandboxOptions(config: PaymentSandboxConfig): PaymentSandboxOptions {
  return {
    host: config.HOST,
    port: config.PORT,
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
    logLevel: config.LOG_LEVEL,
    maxPayments: config.PAYMENT_SANDBOX_MAX_PAYMENTS,
    callbackTimeoutMs: config.PAYMENT_SANDBOX_CALLBACK_TIMEOUT_MS,
    bkash: {
      username: config.BKASH_USERNAME,
      password: config.BKASH_PASSWORD,
      appKey: config.BKASH_APP_KEY,
      appSecret: config.BKASH_APP_SECRET,
    },
    nagad: {
      merchantId: config.NAGAD_MERCHANT_ID,
      merchantNumber: config.NAGAD_MERCHANT_NUMBER,
      ...(config.NAGAD_MERCHANT_PUBLIC_KEY ? { merchantPublicKey: config.NAGAD_MERCHANT_PUBLIC_KEY } : {}),
      ...(config.NAGAD_PRIVATE_KEY ? { nagadPrivateKey: config.NAGAD_PRIVATE_KEY } : {}),
      signatureAlgorithm: config.NAGAD_SIGNATURE_ALGORITHM,
      cancelStatus: config.NAGAD_CANCEL_STATUS,
    },
    sslcommerz: { storeId: config.SSLCOMMERZ_STORE_ID, storePassword: config.SSLCOMMERZ_STORE_PASSWORD },
  };
}
