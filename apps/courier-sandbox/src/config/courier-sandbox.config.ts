import { z } from 'zod';
import { logLevel, port, positiveInt, sensitive, url } from '@getit/config';
import { DEFAULT_PATHAO_CREDENTIALS } from '../pathao/pathao-credentials';
import { DEFAULT_REDX_TOKEN } from '../redx/redx.simulator';
import type { CourierSandboxOptions } from '../courier-sandbox.server';
import { DEFAULT_STEADFAST_CREDENTIALS } from '../steadfast/steadfast.simulator';

/** The sandbox's environment; credentials default to sandbox values, webhooks to none (set by the control API). */
export const courierSandboxConfigSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: port(3091),
  LOG_LEVEL: logLevel(),
  COURIER_SANDBOX_WEBHOOK_TIMEOUT_MS: positiveInt(10_000),
  PATHAO_CLIENT_ID: z.string().default(DEFAULT_PATHAO_CREDENTIALS.clientId),
  PATHAO_CLIENT_SECRET: sensitive(z.string()).default(DEFAULT_PATHAO_CREDENTIALS.clientSecret),
  PATHAO_USERNAME: z.string().default(DEFAULT_PATHAO_CREDENTIALS.username),
  PATHAO_PASSWORD: sensitive(z.string()).default(DEFAULT_PATHAO_CREDENTIALS.password),
  PATHAO_WEBHOOK_URL: url({ protocols: ['http:', 'https:'] }).optional(),
  PATHAO_WEBHOOK_SECRET: sensitive(z.string()).optional(),
  STEADFAST_API_KEY: z.string().default(DEFAULT_STEADFAST_CREDENTIALS.apiKey),
  STEADFAST_SECRET_KEY: sensitive(z.string()).default(DEFAULT_STEADFAST_CREDENTIALS.secretKey),
  STEADFAST_WEBHOOK_URL: url({ protocols: ['http:', 'https:'] }).optional(),
  STEADFAST_WEBHOOK_TOKEN: sensitive(z.string()).optional(),
  REDX_API_TOKEN: sensitive(z.string()).default(DEFAULT_REDX_TOKEN),
  /** The merchant's callback URL with its token in the query string. */
  REDX_WEBHOOK_URL: sensitive(url({ protocols: ['http:', 'https:'] })).optional(),
});

export type CourierSandboxConfig = z.output<typeof courierSandboxConfigSchema>;

export function toCourierSandboxOptions(config: CourierSandboxConfig): CourierSandboxOptions {
  return {
    host: config.HOST,
    port: config.PORT,
    logLevel: config.LOG_LEVEL,
    webhookTimeoutMs: config.COURIER_SANDBOX_WEBHOOK_TIMEOUT_MS,
    pathao: {
      clientId: config.PATHAO_CLIENT_ID,
      clientSecret: config.PATHAO_CLIENT_SECRET,
      username: config.PATHAO_USERNAME,
      password: config.PATHAO_PASSWORD,
    },
    steadfast: { apiKey: config.STEADFAST_API_KEY, secretKey: config.STEADFAST_SECRET_KEY },
    redxToken: config.REDX_API_TOKEN,
    webhooks: {
      ...(config.PATHAO_WEBHOOK_URL
        ? { pathao: { url: config.PATHAO_WEBHOOK_URL, secret: config.PATHAO_WEBHOOK_SECRET } }
        : {}),
      ...(config.STEADFAST_WEBHOOK_URL
        ? { steadfast: { url: config.STEADFAST_WEBHOOK_URL, secret: config.STEADFAST_WEBHOOK_TOKEN } }
        : {}),
      ...(config.REDX_WEBHOOK_URL ? { redx: { url: config.REDX_WEBHOOK_URL } } : {}),
    },
  };
}
