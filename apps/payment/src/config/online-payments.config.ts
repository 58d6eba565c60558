import { z } from 'zod';
import { durationMs, sensitive, url } from '@getit/config';
import { NagadCrypto } from '@getit/payment-protocols';

const SANDBOX = 'http://127.0.0.1:3090';
const httpUrl = () => url({ protocols: ['http:', 'https:'] });
/** A base URL without its trailing slash, so paths append cleanly. */
const baseUrl = (fallback: string) =>
  httpUrl()
    .default(fallback)
    .transform((value) => value.replace(/\/+$/, ''));

const parses = (read: (key: string) => unknown) => (value: string) => {
  try {
    read(value);
    return true;
  } catch {
    return false;
  }
};

/**
 * bKash, Nagad and SSLCommerz: where they are and who we are there. Defaults point at the payment sandbox on
 * 127.0.0.1:3090 with its (the providers' public sandbox) credentials; production sets every one. Nagad needs a
 * key pair that has no default: without NAGAD_PUBLIC_KEY and NAGAD_MERCHANT_PRIVATE_KEY the service cannot take
 * Nagad, and enabling it stops the service at boot.
 */
export const onlinePaymentsConfig = {
  BKASH_BASE_URL: baseUrl(`${SANDBOX}/v1.2.0-beta`),
  BKASH_USERNAME: z.string().default('sandboxTokenizedUser02'),
  BKASH_PASSWORD: sensitive(z.string()).default('sandboxTokenizedUser02@12345'),
  BKASH_APP_KEY: z.string().default('4f6o0cjiki2rfm34kfdadl1eqq'),
  BKASH_APP_SECRET: sensitive(z.string()).default('2is7hdktrekvrbljjh44ll3d9l1dtjo4pasmjvs5vl5qr3fug4b'),
  NAGAD_BASE_URL: baseUrl(`${SANDBOX}/remote-payment-gateway-1.0`),
  NAGAD_MERCHANT_ID: z
    .string()
    .regex(/^\d{6,20}$/, 'must be digits')
    .default('683002007104225'),
  NAGAD_MERCHANT_NUMBER: z
    .string()
    .regex(/^01[3-9]\d{8}$/, 'must be an 11-digit mobile number')
    .default('01711428036'),
  /** Nagad's public key (PEM or bare base64). */
  NAGAD_PUBLIC_KEY: z
    .string()
    .refine(parses(NagadCrypto.publicKey), 'must be an RSA public key (PEM or bare base64)')
    .optional(),
  /** The merchant's private key (PEM or bare base64) whose public half is registered with Nagad. */
  NAGAD_MERCHANT_PRIVATE_KEY: sensitive(
    z.string().refine(parses(NagadCrypto.privateKey), 'must be an RSA private key (PEM or bare base64)'),
  ).optional(),
  /** X-KM-IP-V4: this server's public IPv4 address as Nagad knows it. */
  NAGAD_CLIENT_IP: z.ipv4().default('127.0.0.1'),
  SSLCOMMERZ_BASE_URL: baseUrl(SANDBOX),
  SSLCOMMERZ_STORE_ID: z.string().default('testbox'),
  SSLCOMMERZ_STORE_PASSWORD: sensitive(z.string()).default('qwerty'),
  /** The public URL under which the gateway exposes /bkash, /nagad and /sslcommerz/{success,fail,cancel,ipn}. */
  PAYMENT_CALLBACK_BASE_URL: baseUrl('http://127.0.0.1:3000/api/payments/callbacks'),
  /** Where the shopper's browser lands after a callback, with ?orderId=&payment=success|failed|cancelled|pending. */
  STOREFRONT_RETURN_URL: httpUrl().default('http://127.0.0.1:3000/checkout/payment'),
  /**
   * How long an online payment waits for the shopper (never past the order's own deadline). Shorter than order's
   * PAYMENT_TIMEOUT_MS (12m), so the expiry sweep's last check with the provider happens before the order gives up.
   */
  ONLINE_PAYMENT_TTL_MS: durationMs(10 * 60_000),
  /** Timeout of each call to bKash, Nagad or SSLCommerz. */
  PAYMENT_PROVIDER_TIMEOUT_MS: durationMs(10_000),
  /** How often each replica looks for online payments past their expiry. */
  PAYMENT_EXPIRY_SWEEP_INTERVAL_MS: durationMs(30_000),
};

/** Nagad's key and the merchant's come together or not at all. */
export function requireNagadKeyPair(
  config: { NAGAD_PUBLIC_KEY?: string | undefined; NAGAD_MERCHANT_PRIVATE_KEY?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (!config.NAGAD_PUBLIC_KEY === !config.NAGAD_MERCHANT_PRIVATE_KEY) return;
  const missing = config.NAGAD_PUBLIC_KEY ? 'NAGAD_MERCHANT_PRIVATE_KEY' : 'NAGAD_PUBLIC_KEY';
  ctx.addIssue({ code: 'custom', path: [missing], message: 'required with the other Nagad key' });
}
