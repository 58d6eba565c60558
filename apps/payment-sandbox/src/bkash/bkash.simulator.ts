import type { FastifyInstance } from 'fastify';
import { SandboxProviderHandle } from '../control/sandbox-provider.handle';
import { SimulatorContext } from '../control/simulator-context';
import { BkashApprovalService } from './bkash-approval.service';
import { BkashCheckoutService } from './bkash-checkout.service';
import { BkashCredentials } from './bkash-credentials';
import { BkashPaymentsStore } from './bkash-payments.store';
import { BkashRefundService } from './bkash-refund.service';
import { bkashRoutes, BKASH_API_PREFIX } from './bkash.routes';
import { BkashTokenService } from './bkash-token.service';

/** bKash tokenized checkout, assembled. */
export class BkashSimulator {
  private readonly store: BkashPaymentsStore;
  private readonly tokens: BkashTokenService;
  private readonly approvals: BkashApprovalService;

  constructor(
    readonly credentials: BkashCredentials,
    private readonly ctx: SimulatorContext,
  ) {
    this.store = new BkashPaymentsStore(ctx.maxPayments);
    this.tokens = new BkashTokenService(credentials, ctx.clock);
    this.approvals = new BkashApprovalService(this.store, ctx.clock);
  }

  register(app: FastifyInstance): Promise<void> {
    return bkashRoutes(app, {
      scenarios: this.ctx.scenarios,
      store: this.store,
      tokens: this.tokens,
      checkout: new BkashCheckoutService(this.store, this.ctx.scenarios, this.ctx.clock, this.ctx.publicUrl),
      refunds: new BkashRefundService(this.store, this.ctx.clock),
      approvals: this.approvals,
      pages: this.ctx.pages,
    });
  }

  handle(): SandboxProviderHandle {
    return {
      approve: (id, action) => this.approvals.approve(id, action),
      payments: () => this.store.all(),
      clear: () => {
        this.store.clear();
        this.tokens.reset();
      },
    };
  }

  /** The base URL a merchant configures, like `https://tokenized.sandbox.bka.sh/v1.2.0-beta`. */
  baseUrl(): string {
    return this.ctx.publicUrl.to(BKASH_API_PREFIX.replace('/tokenized/checkout', ''));
  }
}
