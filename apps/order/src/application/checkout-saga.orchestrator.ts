import { EventPayload } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { UnitOfWork, WorkScope } from '@getit/messaging';
import { RequestContext, systemContext } from '@getit/service-kit';
import {
  CheckoutSagaCommand,
  CheckoutSagaEvent,
  CheckoutSagaState,
  PackageStatus,
  SagaCancelReason,
  SagaTimeouts,
  reduceCheckoutSaga,
  sagaDeadline,
  transitionOrder,
} from '../domain';
import { OrderTx } from '../infrastructure/order-prisma';
import { OrdersRepository } from '../infrastructure/orders.repository';
import { OrderRow } from '../infrastructure/order-queries.repository';
import { SagaAdvance, SagaRecord, SagasRepository } from '../infrastructure/sagas.repository';
import { orderEvent } from './order-events';
import { OrderMetrics } from './order.metrics';
import { OrderSettledSignal } from './order-settled.signal';

type Shortages = EventPayload<'inventory.reservation-failed.v1'>['shortages'];

/** What came with the event beyond what the saga reducer needs. */
export interface SagaFacts {
  shortages?: Shortages;
}

type Log = (level: 'warn', message: string, extra?: Record<string, unknown>) => void;
type Scope = WorkScope<OrderTx>;

/**
 * Runs the checkout saga: loads the saga row under lock, feeds the event to the pure reducer, and turns its
 * commands into state changes and outbox events in one unit of work: an event handler's (joining its delivery's
 * inbox transaction), or the timeout sweeper's. The order confirms itself in the same transaction, so
 * confirm_order never waits. Compensations that come with a cancellation travel inside `order.cancelled.v1` (it
 * carries the reservation and payment ids); only late successes get their own `order.stock-release-requested.v1`
 * / `order.payment-cancel-requested.v1`.
 */
export class CheckoutSagaOrchestrator {
  constructor(
    private readonly sagas: SagasRepository,
    private readonly orders: OrdersRepository,
    private readonly unitOfWork: UnitOfWork<OrderTx>,
    private readonly metrics: OrderMetrics,
    private readonly timeouts: SagaTimeouts,
    private readonly log: Log,
    private readonly settled = new OrderSettledSignal<OrderRow>(),
    /** Where a sweep first looks whether anything is due (without it, every sweep opens a transaction). */
    private readonly db?: SqlClient,
  ) {}

  /**
   * Applies one event to an order's saga; false when the order has no saga (not one of ours). Called from an event
   * handler, it joins the delivery's transaction.
   */
  apply(
    ctx: RequestContext,
    orderId: string,
    event: CheckoutSagaEvent,
    facts: SagaFacts = {},
  ): Promise<boolean> {
    return this.unitOfWork.run(ctx, (scope) => this.applyIn(scope, orderId, event, facts));
  }

  /**
   * Cancels every running saga whose step is past its deadline, a batch per transaction; returns how many. A sweep
   * that finds none due (the usual case) is one read, outside a transaction.
   */
  async timeOutDue(limit: number): Promise<number> {
    if (this.db && !(await this.sagas.anyDue(this.db, new Date()))) return 0;
    return this.unitOfWork.run(systemContext(), async (scope) => {
      const due = await this.sagas.lockDue(scope.tx, new Date(), limit);
      for (const saga of due)
        await this.applyIn(scope, saga.orderId, { type: 'step_timed_out', step: saga.step });
      return due.length;
    });
  }

  private async applyIn(
    scope: Scope,
    orderId: string,
    event: CheckoutSagaEvent,
    facts: SagaFacts = {},
  ): Promise<boolean> {
    const { tx } = scope;
    const now = new Date();
    const locked = await this.lock(tx, orderId, event, now);
    if (!locked) return false;
    const { record } = locked;
    const first = reduceCheckoutSaga(record.state, event);
    let state = first.state;
    const commands: CheckoutSagaCommand[] = [...first.commands];
    const cancelling = commands.some((c) => c.type === 'cancel_order');
    let settledView: OrderRow | null = null;
    for (let i = 0; i < commands.length; i++) {
      const command = commands[i]!;
      switch (command.type) {
        case 'take_payment':
          scope.record(this.paymentRequested(record, new Date(now.getTime() + this.timeouts.take_payment)));
          break;
        case 'confirm_order': {
          const outcome = await this.confirm(scope, record, state, now, locked.confirmed);
          if (outcome.confirmed) {
            const confirmed = reduceCheckoutSaga(state, { type: 'order_confirmed' });
            state = confirmed.state;
            commands.push(...confirmed.commands);
            settledView = outcome.view;
          }
          break;
        }
        case 'cancel_order':
          await this.cancel(scope, record, state, command.reason, facts, now);
          break;
        case 'release_stock':
          if (!cancelling)
            scope.record(
              orderEvent(
                'order.stock-release-requested.v1',
                { orderId, reservationId: command.reservationId },
                record.order.correlationId,
              ),
            );
          break;
        case 'cancel_payment':
          if (!cancelling && command.paymentId)
            scope.record(
              orderEvent(
                'order.payment-cancel-requested.v1',
                { orderId, paymentId: command.paymentId },
                record.order.correlationId,
              ),
            );
          break;
      }
    }
    if (record.state.status === 'running' && state.status !== 'running') {
      const view = state.status === 'completed' ? settledView : null;
      scope.afterCommit(() => this.settled.notify(orderId, view ?? undefined));
    } else if (state.status === 'running' && record.order.status === 'pending_payment')
      scope.afterCommit(() => this.settled.stillPending(orderId));
    const deadline = sagaDeadline(record.state, state, record.deadlineAt, now, this.timeouts);
    // Saved when it differs from what is stored now: the row as locked, or as the locking statement moved it on.
    if (changed(locked.stored, state, deadline)) await this.sagas.save(tx, state, deadline);
    return true;
  }

  /**
   * Locks the saga row. The step an event usually answers is taken in the same statement, one round trip rather
   * than two or three: stock_reserved moves a saga awaiting reserve_stock on to take_payment; payment_authorized
   * confirms the order of a saga awaiting take_payment (what the reducer and `confirm` then decide, the statement
   * has written; `stored` is the row as it left it, and `confirmed` the confirmation it made or refused).
   */
  private async lock(
    tx: OrderTx,
    orderId: string,
    event: CheckoutSagaEvent,
    now: Date,
  ): Promise<{
    record: SagaRecord;
    stored: Pick<SagaRecord, 'state' | 'deadlineAt'>;
    confirmed?: { confirmed: boolean; view: OrderRow | null };
  } | null> {
    if (event.type === 'stock_reserved') {
      const advance: SagaAdvance = {
        from: 'reserve_stock',
        step: 'take_payment',
        reservationId: event.reservationId,
        deadlineAt: new Date(now.getTime() + this.timeouts.take_payment),
      };
      const locked = await this.sagas.lockAndAdvance(tx, orderId, advance);
      if (!locked) return null;
      const { record } = locked;
      return { record, stored: locked.advanced ? advanced(record, advance) : record };
    }
    if (event.type === 'payment_authorized') {
      const confirmDeadlineAt = new Date(now.getTime() + this.timeouts.confirm_order);
      const locked = await this.sagas.lockAndConfirm(
        tx,
        orderId,
        { paymentId: event.paymentId, at: now, confirmDeadlineAt },
        this.settled.awaited(orderId),
      );
      if (!locked) return null;
      const { record, confirmed, view } = locked;
      if (!locked.advanced) return { record, stored: record };
      const state = { ...record.state, paymentId: event.paymentId };
      const stored = confirmed
        ? { state: { ...state, status: 'completed' as const, step: null }, deadlineAt: null }
        : { state: { ...state, step: 'confirm_order' as const }, deadlineAt: confirmDeadlineAt };
      return { record, stored, confirmed: { confirmed, view } };
    }
    const record = await this.sagas.lock(tx, orderId);
    return record && { record, stored: record };
  }

  private paymentRequested(record: SagaRecord, deadlineAt: Date) {
    const { order, state } = record;
    return orderEvent(
      'order.payment-requested.v1',
      {
        orderId: state.orderId,
        orderNumber: order.orderNumber,
        shopperId: order.shopperId,
        phone: order.phone,
        method: order.paymentMethod,
        amountPoisha: order.totalPoisha,
        currency: 'BDT',
        packages: order.packages.map((p) => ({
          packageId: p.packageId,
          vendorId: p.vendorId,
          amountPoisha: p.totalPoisha,
        })),
        deadlineAt: deadlineAt.toISOString(),
      },
      order.correlationId,
    );
  }

  /**
   * Confirms the order with its `confirm_order` event, unless the locking statement did (`done`: it confirmed the
   * order, or found it could not); `view` is the confirmed order for readers waiting on this replica, when the
   * statement had one.
   */
  private async confirm(
    scope: Scope,
    record: SagaRecord,
    state: CheckoutSagaState,
    now: Date,
    done?: { confirmed: boolean; view: OrderRow | null },
  ): Promise<{ confirmed: boolean; view: OrderRow | null }> {
    const { order } = record;
    const orderId = state.orderId;
    const decision = transitionOrder(
      { status: order.status, packageStatuses: order.packages.map((p) => p.status as PackageStatus) },
      { type: 'confirm' },
    );
    const outcome =
      decision.ok && decision.value.changed
        ? (done ?? { confirmed: await this.orders.confirm(scope.tx, orderId, now), view: null })
        : undefined;
    if (!outcome?.confirmed) {
      this.log('warn', 'checkout saga could not confirm its order; the step will time out', {
        orderId,
        orderStatus: order.status,
      });
      return { confirmed: false, view: null };
    }
    scope.record(
      orderEvent(
        'order.confirmed.v1',
        {
          orderId,
          orderNumber: order.orderNumber,
          reservationId: state.reservationId!,
          paymentId: state.paymentId!,
          paymentMethod: order.paymentMethod,
          totalPoisha: order.totalPoisha,
          packages: order.packages.map((p) => ({
            packageId: p.packageId,
            vendorId: p.vendorId,
            totalPoisha: p.totalPoisha,
          })),
          confirmedAt: now.toISOString(),
        },
        order.correlationId,
        now,
      ),
    );
    const seconds = secondsSince(order.placedAt, now);
    scope.afterCommit(() => this.metrics.orderConfirmed(order.totalPoisha, seconds));
    return { confirmed: true, view: outcome.view };
  }

  private async cancel(
    scope: Scope,
    record: SagaRecord,
    state: CheckoutSagaState,
    reason: SagaCancelReason,
    facts: SagaFacts,
    now: Date,
  ): Promise<void> {
    const { order } = record;
    const orderId = state.orderId;
    const decision = transitionOrder(
      { status: order.status, packageStatuses: order.packages.map((p) => p.status as PackageStatus) },
      { type: 'cancel', reason, by: 'system' },
    );
    if (!decision.ok || !decision.value.changed) return;
    const shortages = reason === 'stock_unavailable' ? facts.shortages : undefined;
    const failedStep = state.step ?? undefined;
    const cancelled = await this.orders.cancel(
      scope.tx,
      orderId,
      { reason, by: 'system', failedStep, shortages },
      now,
    );
    if (!cancelled) return;
    scope.record(
      orderEvent(
        'order.cancelled.v1',
        {
          orderId,
          orderNumber: order.orderNumber,
          reason,
          failedStep,
          reservationId: state.reservationId,
          paymentId: state.paymentId,
          ...(shortages ? { shortages } : {}),
          cancelledAt: now.toISOString(),
        },
        order.correlationId,
        now,
      ),
    );
    const seconds = secondsSince(order.placedAt, now);
    scope.afterCommit(() => this.metrics.orderCancelled(reason, seconds));
  }
}

function changed(
  record: Pick<SagaRecord, 'state' | 'deadlineAt'>,
  state: CheckoutSagaState,
  deadline: Date | null,
): boolean {
  const before = record.state;
  return (
    before.status !== state.status ||
    before.step !== state.step ||
    before.reservationId !== state.reservationId ||
    before.paymentId !== state.paymentId ||
    before.cancelReason !== state.cancelReason ||
    before.undoneLate.length !== state.undoneLate.length ||
    (record.deadlineAt?.getTime() ?? null) !== (deadline?.getTime() ?? null)
  );
}

/** The saga row as `lockAndAdvance` moved it on. */
function advanced(record: SagaRecord, advance: SagaAdvance): Pick<SagaRecord, 'state' | 'deadlineAt'> {
  return {
    state: {
      ...record.state,
      step: advance.step,
      reservationId: advance.reservationId ?? record.state.reservationId,
      paymentId: advance.paymentId ?? record.state.paymentId,
    },
    deadlineAt: advance.deadlineAt,
  };
}

function secondsSince(from: Date, to: Date): number {
  return Math.max(0, (to.getTime() - new Date(from).getTime()) / 1_000);
}
