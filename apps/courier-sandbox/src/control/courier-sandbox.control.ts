import type { Courier, ParcelStep } from '../shared/courier';
import type { Parcel } from '../shared/parcel';
import type { WebhookDelivery, WebhookTarget } from '../shared/webhook.dispatcher';

export interface StepOptions {
  collectedTaka?: number;
  remittedTaka?: number;
  invoiceId?: string;
  reason?: string;
  duplicate?: boolean;
  hold?: boolean;
}

export interface CourierSandboxConfigView {
  pathao: { baseUrl: string; clientId: string; clientSecret: string; username: string; password: string };
  steadfast: { baseUrl: string; apiKey: string; secretKey: string };
  redx: { baseUrl: string; token: string };
  down: Courier[];
}

/** A typed client of the sandbox's /__control API, for tests and tools. */
export class CourierSandboxControl {
  constructor(readonly url: string) {}

  config(): Promise<CourierSandboxConfigView> {
    return this.call('GET', '/config');
  }

  setWebhook(courier: Courier, target: WebhookTarget | null): Promise<void> {
    return this.call('PUT', `/webhooks/${courier}`, target);
  }

  setDown(courier: Courier, down: boolean): Promise<void> {
    return this.call('PUT', `/outage/${courier}`, { down });
  }

  parcels(courier?: Courier): Promise<Parcel[]> {
    return this.call('GET', `/parcels${courier ? `?courier=${courier}` : ''}`);
  }

  step(
    courier: Courier,
    id: string,
    step: ParcelStep,
    options: StepOptions = {},
  ): Promise<{ parcel: Parcel; deliveries: WebhookDelivery[] }> {
    return this.call('POST', `/parcels/${courier}/${encodeURIComponent(id)}/steps`, { step, ...options });
  }

  forge(courier: Courier, id: string, step: ParcelStep): Promise<{ deliveries: WebhookDelivery[] }> {
    return this.call('POST', `/parcels/${courier}/${encodeURIComponent(id)}/forged`, { step });
  }

  release(reverse = true): Promise<{ deliveries: WebhookDelivery[] }> {
    return this.call('POST', '/webhooks/release', { reverse });
  }

  webhookLog(): Promise<WebhookDelivery[]> {
    return this.call('GET', '/webhooks/log');
  }

  reset(): Promise<void> {
    return this.call('POST', '/reset', {});
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
