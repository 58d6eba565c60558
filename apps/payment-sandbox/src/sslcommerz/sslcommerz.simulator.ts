import type { FastifyInstance } from 'fastify';
import { SandboxProviderHandle } from '../control/sandbox-provider.handle';
import { SimulatorContext } from '../control/simulator-context';
import { SslcommerzApprovalService } from './sslcommerz-approval.service';
import { SslcommerzCredentials } from './sslcommerz-credentials';
import { SslcommerzIpnPayload } from './sslcommerz-ipn.payload';
import { SslcommerzRefundService } from './sslcommerz-refund.service';
import { sslcommerzRoutes } from './sslcommerz.routes';
import { SslcommerzSessionService } from './sslcommerz-session.service';
import { SslcommerzStoreAuth } from './sslcommerz-store.auth';
import { SslcommerzTransactionsStore } from './sslcommerz-transactions.store';
import { SslcommerzValidationService } from './sslcommerz-validation.service';

/** SSLCommerz v4 hosted checkout, assembled. */
export class SslcommerzSimulator {
  private readonly store: SslcommerzTransactionsStore;
  private readonly approvals: SslcommerzApprovalService;

  constructor(
    readonly credentials: SslcommerzCredentials,
    private readonly ctx: SimulatorContext,
  ) {
    this.store = new SslcommerzTransactionsStore(ctx.maxPayments);
    this.approvals = new SslcommerzApprovalService(
      this.store,
      new SslcommerzIpnPayload(credentials),
      ctx.sender,
      ctx.clock,
    );
  }

  register(app: FastifyInstance): Promise<void> {
    const auth = new SslcommerzStoreAuth(this.credentials);
    const { scenarios, clock, publicUrl } = this.ctx;
    return sslcommerzRoutes(app, {
      scenarios,
      store: this.store,
      auth,
      sessions: new SslcommerzSessionService(this.credentials, this.store, scenarios, clock, publicUrl),
      validation: new SslcommerzValidationService(this.store, auth, clock),
      refunds: new SslcommerzRefundService(this.store, clock),
      approvals: this.approvals,
      pages: this.ctx.pages,
    });
  }

  handle(): SandboxProviderHandle {
    return {
      approve: (id, action) => this.approvals.approve(id, action),
      payments: () => this.store.all(),
      clear: () => this.store.clear(),
    };
  }

  /** Like `https://sandbox.sslcommerz.com`. */
  baseUrl(): string {
    return this.ctx.publicUrl.to('/').replace(/\/$/, '');
  }
}
