import { join } from 'node:path';
import { SandboxProcess } from './sandbox.process';

/** The built courier sandbox (apps/courier-sandbox; the test's project builds it first). */
const SANDBOX_MAIN = join(__dirname, '../../../dist/apps/courier-sandbox/src/main.js');

export type Courier = 'pathao' | 'steadfast' | 'redx';

export interface SandboxParcel {
  courier: Courier;
  id: string;
  merchantRef: string;
  /** The pickup store it was booked from (Pathao store_id, RedX pickup_store_id). */
  storeId?: string;
  /** Created through the courier's bulk endpoint. */
  bulk?: boolean;
  recipientPhone: string;
  recipientName: string;
  codTaka: number;
  weightKg: number;
}

export interface SandboxConfig {
  pathao: { baseUrl: string; clientId: string; clientSecret: string; username: string; password: string };
  steadfast: { baseUrl: string; apiKey: string; secretKey: string };
  redx: { baseUrl: string; token: string };
}

/**
 * Shipping's environment for the sandbox's couriers (`couriers`: which to offer, default all three), with the
 * embedded mode's per-service prefix when given (`SHIPPING__`).
 */
export function courierEnv(
  config: SandboxConfig,
  options: { couriers?: Courier[]; prefix?: string } = {},
): Record<string, string> {
  const couriers = new Set(options.couriers ?? ['pathao', 'steadfast', 'redx']);
  const env: Record<string, string> = {
    ...(couriers.has('pathao')
      ? {
          PATHAO_BASE_URL: config.pathao.baseUrl,
          PATHAO_CLIENT_ID: config.pathao.clientId,
          PATHAO_CLIENT_SECRET: config.pathao.clientSecret,
          PATHAO_USERNAME: config.pathao.username,
          PATHAO_PASSWORD: config.pathao.password,
        }
      : {}),
    ...(couriers.has('steadfast')
      ? {
          STEADFAST_BASE_URL: config.steadfast.baseUrl,
          STEADFAST_API_KEY: config.steadfast.apiKey,
          STEADFAST_SECRET_KEY: config.steadfast.secretKey,
        }
      : {}),
    ...(couriers.has('redx')
      ? { REDX_BASE_URL: config.redx.baseUrl, REDX_API_TOKEN: config.redx.token }
      : {}),
  };
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => [`${options.prefix ?? ''}${key}`, value]),
  );
}

/** The courier sandbox as its own process (cross-app imports are not allowed) and a client of its /__control. */
export class CourierSandbox extends SandboxProcess {
  constructor() {
    super('courier-sandbox', SANDBOX_MAIN);
  }

  config(): Promise<SandboxConfig> {
    return this.control('GET', '/config');
  }

  setWebhook(courier: Courier, target: { url: string; secret?: string }): Promise<void> {
    return this.control('PUT', `/webhooks/${courier}`, target);
  }

  setDown(courier: Courier, down: boolean): Promise<void> {
    return this.control('PUT', `/outage/${courier}`, { down });
  }

  parcels(courier?: Courier): Promise<SandboxParcel[]> {
    return this.control('GET', `/parcels${courier ? `?courier=${courier}` : ''}`);
  }

  step(
    courier: Courier,
    id: string,
    step: string,
    options: {
      collectedTaka?: number;
      remittedTaka?: number;
      invoiceId?: string;
      duplicate?: boolean;
      hold?: boolean;
      reason?: string;
    } = {},
  ): Promise<{ deliveries: { status?: number; error?: string; integrationHeader?: string }[] }> {
    return this.control('POST', `/parcels/${courier}/${encodeURIComponent(id)}/steps`, {
      step,
      ...options,
    });
  }

  forge(courier: Courier, id: string, step: string): Promise<{ deliveries: { status?: number }[] }> {
    return this.control('POST', `/parcels/${courier}/${encodeURIComponent(id)}/forged`, { step });
  }

  release(reverse = true): Promise<{ deliveries: { status?: number }[] }> {
    return this.control('POST', '/webhooks/release', { reverse });
  }
}
