import { join } from 'node:path';
import { freePort, ServiceProcess } from '@getit/testing';

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
export class CourierSandbox {
  private process?: ServiceProcess;
  url = '';

  async start(): Promise<this> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.process = await new ServiceProcess({
      name: 'courier-sandbox',
      script: SANDBOX_MAIN,
      env: { HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent' },
      url: this.url,
    }).start();
    return this;
  }

  async stop(): Promise<void> {
    await this.process?.stop();
  }

  config(): Promise<SandboxConfig> {
    return this.call('GET', '/config');
  }

  setWebhook(courier: Courier, target: { url: string; secret?: string }): Promise<void> {
    return this.call('PUT', `/webhooks/${courier}`, target);
  }

  setDown(courier: Courier, down: boolean): Promise<void> {
    return this.call('PUT', `/outage/${courier}`, { down });
  }

  parcels(courier?: Courier): Promise<SandboxParcel[]> {
    return this.call('GET', `/parcels${courier ? `?courier=${courier}` : ''}`);
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
    return this.call('POST', `/parcels/${courier}/${encodeURIComponent(id)}/steps`, { step, ...options });
  }

  forge(courier: Courier, id: string, step: string): Promise<{ deliveries: { status?: number }[] }> {
    return this.call('POST', `/parcels/${courier}/${encodeURIComponent(id)}/forged`, { step });
  }

  release(reverse = true): Promise<{ deliveries: { status?: number }[] }> {
    return this.call('POST', '/webhooks/release', { reverse });
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/__control${path}`, {
      method,
      ...(body !== undefined
        ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
        : {}),
    });
    if (!response.ok)
      throw new Error(`courier sandbox ${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
