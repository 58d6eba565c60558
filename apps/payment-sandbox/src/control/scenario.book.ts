import { MoneyAmount } from '@getit/payment-protocols';
import { Provider } from '../shared/provider';
import { PaymentScenario } from './payment-scenario';
import { DownMode, ScenarioRequest } from './scenario-request';

interface QueuedScenario {
  provider: Provider;
  reference?: string;
  remaining: number;
  scenario: PaymentScenario;
}

const DEFAULT_DUPLICATE_DELIVERIES = 2;

/**
 * The scenarios a test queued. A payment takes its scenario when it is created: first one queued for its own
 * reference, else the oldest general one for its provider, else `succeed`. `down` is a provider-wide switch.
 */
export class ScenarioBook {
  private queue: QueuedScenario[] = [];
  private readonly outages = new Map<Provider, DownMode>();

  add(request: ScenarioRequest): void {
    if (request.outcome === 'down') {
      this.outages.set(request.provider, request.downMode ?? 'http_503');
      return;
    }
    const amount =
      request.amount === undefined ? undefined : (MoneyAmount.parse(request.amount) ?? undefined);
    const deliveries =
      request.deliveries ?? (request.outcome === 'duplicate_callback' ? DEFAULT_DUPLICATE_DELIVERIES : 1);
    this.queue.push({
      provider: request.provider,
      ...(request.reference === undefined ? {} : { reference: request.reference }),
      remaining: request.count ?? 1,
      scenario: new PaymentScenario(request.outcome, deliveries, amount),
    });
  }

  take(provider: Provider, reference: string): PaymentScenario {
    const own = this.queue.findIndex((q) => q.provider === provider && q.reference === reference);
    const index =
      own >= 0 ? own : this.queue.findIndex((q) => q.provider === provider && q.reference === undefined);
    const queued = this.queue[index];
    if (!queued) return PaymentScenario.DEFAULT;
    queued.remaining -= 1;
    if (queued.remaining <= 0) this.queue.splice(index, 1);
    return queued.scenario;
  }

  outage(provider: Provider): DownMode | undefined {
    return this.outages.get(provider);
  }

  reset(provider?: Provider): void {
    this.queue = provider ? this.queue.filter((q) => q.provider !== provider) : [];
    if (provider) this.outages.delete(provider);
    else this.outages.clear();
  }

  pending() {
    return {
      queued: this.queue.map((q) => ({
        provider: q.provider,
        reference: q.reference ?? null,
        remaining: q.remaining,
        ...q.scenario.toJSON(),
      })),
      down: Object.fromEntries(this.outages),
    };
  }
}
