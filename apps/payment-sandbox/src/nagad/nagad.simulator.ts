import type { FastifyInstance } from 'fastify';
import { SandboxProviderHandle } from '../control/sandbox-provider.handle';
import { SimulatorContext } from '../control/simulator-context';
import { NagadApprovalService } from './nagad-approval.service';
import { NagadCheckoutService } from './nagad-checkout.service';
import { NagadEnvelope } from './nagad-envelope';
import { NagadKeyring, NagadKeysView } from './nagad.keyring';
import { NagadPaymentsStore } from './nagad-payments.store';
import { nagadRoutes, NAGAD_API_PREFIX } from './nagad.routes';
import { NagadSettings } from './nagad-settings';
import { NagadVerifyService } from './nagad-verify.service';

/** Nagad's merchant checkout, assembled; its keys are generated (where not configured) before it serves. */
export class NagadSimulator {
  private readonly store: NagadPaymentsStore;
  private readonly approvals: NagadApprovalService;

  private constructor(
    readonly settings: NagadSettings,
    private readonly keyring: NagadKeyring,
    private readonly ctx: SimulatorContext,
  ) {
    this.store = new NagadPaymentsStore(ctx.maxPayments);
    this.approvals = new NagadApprovalService(settings, this.store, ctx.clock);
  }

  static async create(settings: NagadSettings, ctx: SimulatorContext): Promise<NagadSimulator> {
    return new NagadSimulator(settings, await NagadKeyring.create(settings), ctx);
  }

  register(app: FastifyInstance): Promise<void> {
    const envelope = new NagadEnvelope(this.keyring, this.settings);
    const { scenarios, clock, publicUrl } = this.ctx;
    return nagadRoutes(app, {
      scenarios,
      store: this.store,
      checkout: new NagadCheckoutService(this.settings, envelope, this.store, scenarios, clock, publicUrl),
      verifier: new NagadVerifyService(this.settings, this.store),
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

  keys(): NagadKeysView {
    return this.keyring.view();
  }

  /** Like `http://sandbox.mynagad.com:10080/remote-payment-gateway-1.0`. */
  baseUrl(): string {
    return this.ctx.publicUrl.to(NAGAD_API_PREFIX.replace('/api/dfs', ''));
  }
}
