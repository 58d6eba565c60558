import { randomUUID } from 'node:crypto';
import { EventEnvelope, EventPayload, formatTaka } from '@getit/contracts';
import { DependencyUnavailableException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import {
  AcceptanceRules,
  createPaymentIntent,
  decidePaymentAcceptance,
  ONLINE_METHOD_NAMES,
  OnlineMethod,
  PaymentIntent,
  PaymentMethod,
  PaymentProvider,
  PaymentStatus,
  transitionPayment,
} from '../domain';
import {
  IntentWithPackages,
  PaymentIntentsRepository,
  StatusChange,
} from '../infrastructure/payment-intents.repository';
import { PaymentTx } from '../infrastructure/payment-prisma';
import { PaymentEvents } from './payment-events';
import { toPaymentIntent } from './payment.mapper';
import { PaymentMetrics } from './payment.metrics';

export type PaymentRequest = EventPayload<'order.payment-requested.v1'>;

/** `unlessOrderHasOne`: the order's existing intent (a unique order id) stops the write instead of failing it. */
type StoreOptions = { unlessOrderHasOne: boolean };

/** What a payment request came to: a new intent, the order's existing one, or a refusal with nothing stored. */
export type PaymentRequestOutcome =
  | { outcome: 'created' | 'existing'; paymentId: string; status: PaymentStatus; note?: string }
  | { outcome: 'refused'; reason: string };

/**
 * The saga's payment step (`order.payment-requested.v1`), inside the consumer's transaction: one intent per
 * order. Cash on delivery within the limit is authorized at once; a refused request is stored as a failed intent
 * with its reason, so admins see why. The answer (`payment.authorized.v1` / `payment.failed.v1`) goes to the
 * outbox in the same transaction (recorded on the unit of work's scope).
 */
export class PaymentRequestsService {
  constructor(
    private readonly intents: PaymentIntentsRepository,
    private readonly providers: ReadonlyMap<PaymentMethod, PaymentProvider>,
    private readonly rules: AcceptanceRules,
    private readonly events: PaymentEvents,
    private readonly metrics: PaymentMetrics,
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
    /** How long an online payment waits for the shopper; never past the order's own deadline. */
    private readonly onlinePaymentTtlMs = 15 * 60_000,
  ) {}

  async request(ctx: RequestContext, tx: PaymentTx, request: PaymentRequest): Promise<PaymentRequestOutcome> {
    const packagesPoisha = request.packages.reduce((sum, p) => sum + p.amountPoisha, 0);
    const invalid =
      request.amountPoisha < 1
        ? 'The order total must be at least ৳0.01.'
        : packagesPoisha !== request.amountPoisha
          ? `The packages add up to ${formatTaka(packagesPoisha)}, not the order total ${formatTaka(request.amountPoisha)}.`
          : undefined;
    // Cash on delivery calls no one: its intent is written at once unless the order has one already (a repeated
    // request), which is read only then. Other methods call their provider, so the order's intent is read first.
    if (!invalid && request.method === 'cod') {
      const created = await this.create(ctx, tx, request, { unlessOrderHasOne: true });
      if (created) return created;
    }

    const existing = await this.intents.findByOrder(tx, request.orderId);
    if (existing) return this.answerAgain(ctx, tx, existing, request);

    if (invalid) {
      // Nothing to store: the request cannot form a payment. The order service learns why and cancels.
      this.metrics.failed(request.method, 'invalid_amount');
      this.unitOfWork
        .scopeOf(tx)
        .record(
          this.events.failed(ctx, { paymentId: null, ...this.about(request), reason: invalid }, new Date()),
        );
      return { outcome: 'refused', reason: invalid };
    }
    return (await this.create(ctx, tx, request, { unlessOrderHasOne: false }))!;
  }

  /**
   * A new intent for the order, authorized or failed as the rules and the provider say. With `unlessOrderHasOne`,
   * nothing is written, published or counted when the order has an intent already: undefined.
   */
  private create(
    ctx: RequestContext,
    tx: PaymentTx,
    request: PaymentRequest,
    options: StoreOptions,
  ): Promise<PaymentRequestOutcome | undefined> {
    const id = randomUUID();
    const intent = createPaymentIntent({ id, ...this.about(request), amountPoisha: request.amountPoisha });
    const decision = decidePaymentAcceptance(request, this.rules);
    if (!decision.accept) return this.fail(ctx, tx, request, intent, decision.code, decision.reason, options);
    return this.authorize(ctx, tx, request, intent, options);
  }

  private async authorize(
    ctx: RequestContext,
    tx: PaymentTx,
    request: PaymentRequest,
    intent: PaymentIntent,
    options: StoreOptions,
  ): Promise<PaymentRequestOutcome | undefined> {
    const provider = this.providers.get(intent.method);
    if (!provider) throw new Error(`No payment provider for the enabled method ${intent.method}`);
    const result = await provider.authorize({
      paymentId: intent.id,
      idempotencyKey: intent.id,
      orderId: intent.orderId,
      amountPoisha: intent.amountPoisha,
      currency: intent.currency,
      returnUrl: null,
      orderNumber: request.orderNumber,
      phone: request.phone,
    });
    switch (result.outcome) {
      case 'unavailable':
        // A shopper is waiting at checkout: an online provider that is down fails the payment at once (the
        // order is cancelled and its stock released); cash on delivery has no outside party, so it retries.
        if (intent.method !== 'cod')
          return this.fail(
            ctx,
            tx,
            request,
            intent,
            'provider_unavailable',
            `${ONLINE_METHOD_NAMES[intent.method as OnlineMethod]} is not available right now (${result.reason}); ` +
              'choose another payment method or try again later.',
            options,
          );
        throw new DependencyUnavailableException(
          `The ${intent.method} provider is unreachable: ${result.reason}`,
        );
      case 'declined':
        return this.fail(ctx, tx, request, intent, 'declined', result.reason, options);
      case 'requires_action': {
        // Online payments: the shopper pays on the provider's page; a verified callback (or the expiry sweeper)
        // answers later.
        const ttlEnd = Date.now() + this.onlinePaymentTtlMs;
        const expiresAt = new Date(Math.min(ttlEnd, new Date(request.deadlineAt).getTime()));
        const stored = await this.store(
          tx,
          ctx,
          request,
          intent,
          {
            providerRef: result.providerRef,
            providerReference: result.reference ?? null,
            redirectUrl: result.redirectUrl,
            expiresAt,
          },
          [],
          options,
        );
        if (!stored) return undefined;
        return { outcome: 'created', paymentId: intent.id, status: intent.status };
      }
      case 'authorized': {
        const authorized = this.apply(intent, { type: 'authorize' });
        const at = new Date();
        const why = intent.method === 'cod' ? 'cash on delivery accepted' : 'authorized by the provider';
        const stored = await this.store(
          tx,
          ctx,
          request,
          authorized,
          { providerRef: result.providerRef, authorizedAt: at },
          [{ from: 'requires_action', to: 'authorized', reason: why }],
          options,
        );
        if (!stored) return undefined;
        this.unitOfWork.scopeOf(tx).record(this.events.authorized(ctx, authorized, at, false));
        this.metrics.authorized(intent.method);
        return { outcome: 'created', paymentId: intent.id, status: authorized.status };
      }
    }
  }

  private async fail(
    ctx: RequestContext,
    tx: PaymentTx,
    request: PaymentRequest,
    intent: PaymentIntent,
    code: string,
    reason: string,
    options: StoreOptions,
  ): Promise<PaymentRequestOutcome | undefined> {
    const failed = this.apply(intent, { type: 'fail', reason });
    const at = new Date();
    const stored = await this.store(
      tx,
      ctx,
      request,
      failed,
      { failedAt: at },
      [{ from: 'requires_action', to: 'failed', reason: failed.failureReason }],
      options,
    );
    if (!stored) return undefined;
    this.unitOfWork
      .scopeOf(tx)
      .record(
        this.events.failed(
          ctx,
          { paymentId: failed.id, ...this.about(request), reason: failed.failureReason! },
          at,
        ),
      );
    this.metrics.failed(intent.method, code);
    return { outcome: 'created', paymentId: intent.id, status: failed.status };
  }

  /**
   * The order asked again (its retry, or a second event for the same order): the existing intent stands and the
   * answer it already got is given again, so the saga hears the same thing twice, never two different things.
   */
  private async answerAgain(
    ctx: RequestContext,
    tx: PaymentTx,
    row: IntentWithPackages,
    request: PaymentRequest,
  ): Promise<PaymentRequestOutcome> {
    const intent = toPaymentIntent(row);
    const differs = intent.method !== request.method || intent.amountPoisha !== request.amountPoisha;
    const note = differs
      ? `the order's payment was already requested as ${intent.method} for ${intent.amountPoisha} poisha`
      : undefined;
    const at = (date: Date | null) => date ?? row.updatedAt;
    const answer: EventEnvelope | undefined =
      intent.status === 'authorized' || intent.status === 'captured'
        ? this.events.authorized(ctx, intent, at(row.authorizedAt), intent.status === 'captured')
        : intent.status === 'failed' || intent.status === 'expired'
          ? this.events.failed(
              ctx,
              {
                paymentId: intent.id,
                ...this.about(intent),
                reason: intent.failureReason ?? (intent.status === 'expired' ? 'expired' : 'unknown'),
              },
              at(row.failedAt),
            )
          : intent.status === 'cancelled'
            ? this.events.cancelled(ctx, intent, 'the payment was cancelled earlier', at(row.cancelledAt))
            : undefined;
    if (answer) this.unitOfWork.scopeOf(tx).record(answer);
    return { outcome: 'existing', paymentId: intent.id, status: intent.status, ...(note ? { note } : {}) };
  }

  private store(
    tx: PaymentTx,
    ctx: RequestContext,
    request: PaymentRequest,
    intent: PaymentIntent,
    extra: {
      providerRef?: string;
      authorizedAt?: Date;
      failedAt?: Date;
      providerReference?: string | null;
      redirectUrl?: string;
      expiresAt?: Date;
    },
    moves: StatusChange[],
    options: StoreOptions,
  ): Promise<boolean> {
    return this.intents.insert(tx, {
      id: intent.id,
      orderId: intent.orderId,
      orderNumber: request.orderNumber,
      method: intent.method,
      amountPoisha: intent.amountPoisha,
      status: intent.status,
      providerRef: extra.providerRef ?? null,
      failureReason: intent.failureReason,
      correlationId: ctx.correlationId,
      deadlineAt: new Date(request.deadlineAt),
      ...(extra.authorizedAt ? { authorizedAt: extra.authorizedAt } : {}),
      ...(extra.failedAt ? { failedAt: extra.failedAt } : {}),
      ...(extra.redirectUrl
        ? {
            providerReference: extra.providerReference,
            redirectUrl: extra.redirectUrl,
            expiresAt: extra.expiresAt,
          }
        : {}),
      packages: request.packages.map((p) => ({
        packageId: p.packageId,
        vendorId: p.vendorId,
        amountPoisha: p.amountPoisha,
      })),
      history: [{ from: null, to: 'requires_action', reason: 'payment requested' }, ...moves],
      ...options,
    });
  }

  private apply(intent: PaymentIntent, command: Parameters<typeof transitionPayment>[1]): PaymentIntent {
    const result = transitionPayment(intent, command);
    if (!result.ok) throw result.error;
    return result.intent;
  }

  private about(source: { orderId: string; method: PaymentMethod }) {
    return { orderId: source.orderId, method: source.method };
  }
}
