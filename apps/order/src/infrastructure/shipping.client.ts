import { Pool } from 'undici';
import { QuoteRequest, quoteView, QuoteView } from '@getit/contracts';
import { DependencyUnavailableException, ValidationException } from '@getit/errors';

/**
 * The shipping service's `POST /quotes`, over a keep-alive connection pool. A 4xx (e.g. a parcel too heavy for
 * any courier) becomes a validation error naming the package; anything else means shipping is unavailable (503).
 */
export class ShippingClient {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    baseUrl: string,
    private readonly timeoutMs = 5_000,
  ) {
    const url = new URL(baseUrl);
    this.pool = new Pool(url.origin, { connections: 32, keepAliveTimeout: 30_000 });
    this.path = `${url.pathname.replace(/\/$/, '')}/quotes`;
  }

  async quote(correlationId: string, request: QuoteRequest): Promise<QuoteView> {
    let status: number;
    let body: unknown;
    try {
      const response = await this.pool.request({
        method: 'POST',
        path: this.path,
        headers: { 'content-type': 'application/json', 'x-correlation-id': correlationId },
        body: JSON.stringify(request),
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      status = response.statusCode;
      body = await response.body.json().catch(() => undefined);
    } catch (error) {
      throw unavailable(error);
    }
    if (status === 200) {
      const parsed = quoteView.safeParse(body);
      if (parsed.success) return parsed.data;
      throw unavailable(new Error(`shipping answered an unexpected quote: ${parsed.error.message}`));
    }
    if (status >= 400 && status < 500) {
      const problem = (body ?? {}) as { detail?: string; errors?: { field: string; reason: string }[] };
      throw new ValidationException(
        `Delivery cannot be priced for this cart: ${problem.detail ?? 'the shipping service refused it'}`,
        (problem.errors ?? []).map((e) => ({ field: `delivery.${e.field}`, reason: e.reason })),
      );
    }
    throw unavailable(new Error(`shipping answered ${status}`));
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function unavailable(cause: unknown): DependencyUnavailableException {
  return new DependencyUnavailableException(
    'Delivery charges cannot be priced right now; try again shortly.',
    {
      cause,
    },
  );
}
