/** What happened when the sandbox delivered one callback or IPN. */
export interface DeliveryReport {
  url: string;
  /** The HTTP status the merchant answered with; absent when the request failed. */
  status?: number;
  error?: string;
}

/** Server-to-server deliveries (SSLCommerz IPN, replayed browser callbacks) with a timeout each. */
export class CallbackSender {
  constructor(private readonly timeoutMs: number) {}

  postForm(url: string, fields: Record<string, string>): Promise<DeliveryReport> {
    return this.send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  get(url: string): Promise<DeliveryReport> {
    return this.send(url, { method: 'GET' });
  }

  private async send(url: string, init: RequestInit): Promise<DeliveryReport> {
    try {
      const response = await fetch(url, {
        ...init,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      return { url, status: response.status };
    } catch (error) {
      return { url, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
