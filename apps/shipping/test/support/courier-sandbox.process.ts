import { join } from 'node:path';
import { SandboxControlClient } from '@getit/sandbox-kit';
import { SandboxProcess } from '@getit/testing';

/** The built courier sandbox (apps/courier-sandbox, built first through the implicit dependency). */
const SANDBOX_MAIN = join(__dirname, '../../../../dist/apps/courier-sandbox/src/main.js');

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

/** The courier sandbox as its own process (cross-app imports are not allowed) and a client of its /__control. */
export class CourierSandbox extends SandboxProcess {
  constructor() {
    super('courier-sandbox', SANDBOX_MAIN);
  }

  private get client(): SandboxControlClient {
    return new SandboxControlClient(this.url, 'courier sandbox');
  }

  config(): Promise<SandboxConfig> {
    return this.client.call('GET', '/config');
  }

  setWebhook(courier: Courier, target: { url: string; secret?: string }): Promise<void> {
    return this.client.call('PUT', `/webhooks/${courier}`, target);
  }

  setDown(courier: Courier, down: boolean): Promise<void> {
    return this.client.call('PUT', `/outage/${courier}`, { down });
  }

  parcels(courier?: Courier): Promise<SandboxParcel[]> {
    return this.client.call('GET', `/parcels${courier ? `?courier=${courier}` : ''}`);
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
    return this.client.call('POST', `/parcels/${courier}/${encodeURIComponent(id)}/steps`, {
      step,
      ...options,
    });
  }

  forge(courier: Courier, id: string, step: string): Promise<{ deliveries: { status?: number }[] }> {
    return this.client.call('POST', `/parcels/${courier}/${encodeURIComponent(id)}/forged`, { step });
  }

  release(reverse = true): Promise<{ deliveries: { status?: number }[] }> {
    return this.client.call('POST', '/webhooks/release', { reverse });
  }
}
