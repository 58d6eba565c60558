import { SandboxControlClient } from '@getit/sandbox-kit';
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
  private readonly client: SandboxControlClient;

  constructor(readonly url: string) {
    this.client = new SandboxControlClient(url, 'courier sandbox');
  }

  config(): Promise<CourierSandboxConfigView> {
    return this.client.call('GET', '/config');
  }

  setWebhook(courier: Courier, target: WebhookTarget | null): Promise<void> {
    return this.client.call('PUT', `/webhooks/${courier}`, target);
  }

  setDown(courier: Courier, down: boolean): Promise<void> {
    return this.client.call('PUT', `/outage/${courier}`, { down });
  }

  parcels(courier?: Courier): Promise<Parcel[]> {
    return this.client.call('GET', `/parcels${courier ? `?courier=${courier}` : ''}`);
  }

  step(
    courier: Courier,
    id: string,
    step: ParcelStep,
    options: StepOptions = {},
  ): Promise<{ parcel: Parcel; deliveries: WebhookDelivery[] }> {
    return this.client.call('POST', `/parcels/${courier}/${encodeURIComponent(id)}/steps`, {
      step,
      ...options,
    });
  }

  forge(courier: Courier, id: string, step: ParcelStep): Promise<{ deliveries: WebhookDelivery[] }> {
    return this.client.call('POST', `/parcels/${courier}/${encodeURIComponent(id)}/forged`, { step });
  }

  release(reverse = true): Promise<{ deliveries: WebhookDelivery[] }> {
    return this.client.call('POST', '/webhooks/release', { reverse });
  }

  webhookLog(): Promise<WebhookDelivery[]> {
    return this.client.call('GET', '/webhooks/log');
  }

  reset(): Promise<void> {
    return this.client.call('POST', '/reset', {});
  }
}
