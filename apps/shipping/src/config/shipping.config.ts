import { z } from 'zod';
import { sensitive, url } from '@getit/config';
import {
  databaseConfig,
  httpServiceConfig,
  messagingConfig,
  requireBrokersForKafka,
} from '@getit/service-kit';

const courierUrl = () => url({ protocols: ['http:', 'https:'] }).optional();

export const shippingConfigSchema = z
  .object({
    ...httpServiceConfig(3005),
    ...databaseConfig,
    ...messagingConfig,
    /** Whose rate card prices the quotes (the migration seeds `getit`). */
    MARKETPLACE: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be lower-case letters, digits or hyphens')
      .default('getit'),
    /** Pathao merchant API host (the path /aladdin/api/v1 is added); unset, Pathao is not offered. */
    PATHAO_BASE_URL: courierUrl(),
    PATHAO_CLIENT_ID: z.string().default(''),
    PATHAO_CLIENT_SECRET: sensitive(z.string()).default(''),
    PATHAO_USERNAME: z.string().default(''),
    PATHAO_PASSWORD: sensitive(z.string()).default(''),
    /** The pickup store id at Pathao; unset, one is registered on first booking. */
    PATHAO_STORE_ID: z.coerce.number().int().positive().optional(),
    /** What Pathao sends in X-PATHAO-Signature; webhooks without it are refused and counted. */
    PATHAO_WEBHOOK_SECRET: sensitive(z.string()).default(''),
    /** Steadfast API base, e.g. https://portal.packzy.com/api/v1; unset, Steadfast is not offered. */
    STEADFAST_BASE_URL: courierUrl(),
    STEADFAST_API_KEY: z.string().default(''),
    STEADFAST_SECRET_KEY: sensitive(z.string()).default(''),
    /** The bearer token Steadfast's webhooks carry. */
    STEADFAST_WEBHOOK_TOKEN: sensitive(z.string()).default(''),
    /** RedX open API base, e.g. https://openapi.redx.com.bd/v1.0.0-beta; unset, RedX is not offered. */
    REDX_BASE_URL: courierUrl(),
    REDX_API_TOKEN: sensitive(z.string()).default(''),
    /** The token we put in RedX's callback URL (?token=); webhooks without it are refused and counted. */
    REDX_WEBHOOK_TOKEN: sensitive(z.string()).default(''),
    /** How often Steadfast's payouts (/payments) are read for COD remittances, in ms. Default 15 minutes. */
    SHIPPING_REMITTANCE_POLL_MS: z.coerce.number().int().min(50).max(86_400_000).default(900_000),
    /** How often shipments without news are looked up with the courier (polling, the webhooks' fallback), in ms. */
    SHIPPING_STATUS_POLL_MS: z.coerce.number().int().min(50).max(86_400_000).default(600_000),
    /** How long a shipment on its way may go without news before it is polled, in ms. Default 2 hours. */
    SHIPPING_STATUS_QUIET_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(30 * 86_400_000)
      .default(7_200_000),
    /** A TrueType font with Bengali glyphs for labels (Debian's fonts-lohit-beng-bengali; the image installs it). */
    SHIPPING_LABEL_FONT: z
      .string()
      .min(1)
      .default('/usr/share/fonts/truetype/lohit-bengali/Lohit-Bengali.ttf'),
    /** How often the booker looks for packages to book (and retries a courier that was down), in ms. */
    SHIPPING_BOOKING_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
  })
  .superRefine(requireBrokersForKafka);

export type ShippingConfig = z.output<typeof shippingConfigSchema>;
