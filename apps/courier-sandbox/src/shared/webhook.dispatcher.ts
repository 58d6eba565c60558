import type { Courier } from './courier';

/** Where and how the sandbox calls a merchant's webhook for one courier. */
export interface WebhookTarget {
  /** The merchant's URL; RedX merchants put their token in its query string. */
  url: string;
  /** Pathao: the X-PATHAO-Signature value. Steadfast: the bearer token. RedX: unused. */
  secret?: string;
}

/** One webhook call the sandbox made, for tests and the control API. */
export interface WebhookDelivery {
  courier: Courier;
  parcelId: string;
  body: Record<string, unknown>;
  forged: boolean;
  status?: number;
  error?: string;
  /** Response headers that matter (Pathao's integration header). */
  integrationHeader?: string;
  at: string;
}

/** A webhook the sandbox will send: held ones wait for the control API to release them (out of order). */
export interface PendingWebhook {
  courier: Courier;
  parcelId: string;
  body: Record<string, unknown>;
}

export interface SendOptions {
  /** Send the same webhook twice (a courier retrying). */
  duplicate?: boolean;
  /** Keep it back until released, so steps can arrive out of order. */
  hold?: boolean;
  /** Use the wrong credentials (a forger). */
  forged?: boolean;
}

const PATHAO_INTEGRATION_HEADER = 'x-pathao-merchant-webhook-integration-secret';

/** Sends courier webhooks with each courier's own authentication, and records what the merchant answered. */
export class WebhookDispatcher {
  private readonly targets = new Map<Courier, WebhookTarget>();
  private readonly deliveries: WebhookDelivery[] = [];
  private readonly held: PendingWebhook[] = [];

  constructor(private readonly timeoutMs: number) {}

  configure(courier: Courier, target: WebhookTarget | undefined): void {
    if (target) this.targets.set(courier, target);
    else this.targets.delete(courier);
  }

  target(courier: Courier): WebhookTarget | undefined {
    return this.targets.get(courier);
  }

  log(): WebhookDelivery[] {
    return [...this.deliveries];
  }

  heldCount(): number {
    return this.held.length;
  }

  async send(webhook: PendingWebhook, options: SendOptions = {}): Promise<WebhookDelivery[]> {
    if (options.hold) {
      this.held.push(webhook);
      return [];
    }
    const first = await this.deliver(webhook, options.forged ?? false);
    if (!options.duplicate) return [first];
    return [first, await this.deliver(webhook, options.forged ?? false)];
  }

  /** Sends every held webhook, newest first when `reverse` (the out-of-order fault). */
  async release(reverse: boolean): Promise<WebhookDelivery[]> {
    const batch = this.held.splice(0, this.held.length);
    if (reverse) batch.reverse();
    const out: WebhookDelivery[] = [];
    for (const webhook of batch) out.push(await this.deliver(webhook, false));
    return out;
  }

  clear(): void {
    this.deliveries.length = 0;
    this.held.length = 0;
  }

  private async deliver(webhook: PendingWebhook, forged: boolean): Promise<WebhookDelivery> {
    const delivery: WebhookDelivery = {
      courier: webhook.courier,
      parcelId: webhook.parcelId,
      body: webhook.body,
      forged,
      at: new Date().toISOString(),
    };
    this.deliveries.push(delivery);
    const target = this.targets.get(webhook.courier);
    if (!target) {
      delivery.error = `no webhook configured for ${webhook.courier}`;
      return delivery;
    }
    const { url, headers } = this.authenticate(webhook.courier, target, forged);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(webhook.body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      delivery.status = response.status;
      const integration = response.headers.get(PATHAO_INTEGRATION_HEADER);
      if (integration) delivery.integrationHeader = integration;
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    }
    return delivery;
  }

  private authenticate(
    courier: Courier,
    target: WebhookTarget,
    forged: boolean,
  ): { url: string; headers: Record<string, string> } {
    const secret = forged ? 'forged-secret' : (target.secret ?? '');
    if (courier === 'pathao') return { url: target.url, headers: { 'X-PATHAO-Signature': secret } };
    if (courier === 'steadfast') return { url: target.url, headers: { authorization: `Bearer ${secret}` } };
    if (!forged) return { url: target.url, headers: {} };
    const url = new URL(target.url);
    for (const key of [...url.searchParams.keys()]) url.searchParams.set(key, 'forged-token');
    if (![...url.searchParams.keys()].length) url.searchParams.set('token', 'forged-token');
    return { url: url.toString(), headers: {} };
  }
}
