import {
  CancelOrderRequest,
  EventPayload,
  OrderView,
  PackageTransitionRequest,
  VendorPackageView,
} from '@getit/contracts';
import { ConflictException, NotFoundException } from '@getit/errors';
import { UnitOfWork, WorkScope } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import {
  Actor,
  CancellationReason,
  PackageAction,
  PackageStatus,
  isAdmin,
  mayAccessOwned,
  settleOrder,
  shopperIdOf,
  transitionOrder,
  transitionPackage,
  vendorPackageActor,
} from '../domain';
import { OrderQueriesRepository } from '../infrastructure/order-queries.repository';
import { OrderPrismaClient, OrderTx } from '../infrastructure/order-prisma';
import { LockedOrder, OrdersRepository } from '../infrastructure/orders.repository';
import { orderEvent } from './order-events';
import { toOrderView, toVendorPackageView } from './order.mapper';
import { OrderMetrics } from './order.metrics';
import { orderNotFound } from './order-views.service';

/**
 * After confirmation: vendors advance their own packages (the package machine decides who may do what), the order
 * completes or fails as a whole once every package ended, and a shopper may cancel before any package left the
 * vendor. Each change locks the order, then its packages, and emits its events in the same transaction.
 */
export class PackageFlowService {
  constructor(
    private readonly prisma: OrderPrismaClient,
    private readonly orders: OrdersRepository,
    private readonly queries: OrderQueriesRepository,
    private readonly unitOfWork: UnitOfWork<OrderTx>,
    private readonly metrics: OrderMetrics,
  ) {}

  async transition(
    ctx: RequestContext,
    vendorId: string,
    packageId: string,
    request: PackageTransitionRequest,
  ): Promise<VendorPackageView> {
    const actor = vendorPackageActor(ctx, vendorId, request.action);
    const orderId = await this.orders.orderIdOfPackage(this.prisma, packageId, vendorId);
    if (!orderId) throw packageNotFound(packageId);
    await this.unitOfWork.run(ctx, async (scope) => {
      const { tx } = scope;
      const order = await this.orders.lockWithPackages(tx, orderId);
      const pkg = order?.packages.find((p) => p.id === packageId);
      if (!order || !pkg) throw packageNotFound(packageId);
      const shopperId = order.shopperId ?? `guest:${order.id}`;
      const result = transitionPackage(
        { status: pkg.status, vendorId: pkg.vendorId, shopperId },
        request.action,
        actor,
      );
      if (!result.ok) throw result.error;
      await this.orders.setPackageStatus(tx, [pkg.id], result.value);
      scope.record(this.packageChanged(ctx, order, pkg, result.value, actor, request.reason));
      pkg.status = result.value;
      await this.settle(tx, scope, ctx, order);
    });
    const view = await this.queries.findVendorPackage(this.prisma, vendorId, packageId);
    if (!view) throw packageNotFound(packageId);
    return toVendorPackageView(view);
  }

  /**
   * The shopper (or a guest holding the order id, or an admin) cancels a confirmed order before any package was
   * handed to a courier: every package is cancelled, then the order; inventory and payment undo their part on
   * `order.cancelled.v1`.
   */
  async cancel(ctx: RequestContext, orderId: string, request: CancelOrderRequest): Promise<OrderView> {
    await this.unitOfWork.run(ctx, async (scope) => {
      const { tx } = scope;
      const order = await this.orders.lockWithPackages(tx, orderId);
      if (!order || !mayAccessOwned(ctx, order.shopperId, true)) throw orderNotFound(orderId);
      if (order.status === 'pending_payment')
        throw new ConflictException('The order is still being placed; cancel it once it is confirmed.', {
          extensions: { reason: 'order_pending' },
        });
      const admin = isAdmin(ctx) && shopperIdOf(ctx) !== order.shopperId;
      const shopperId = order.shopperId ?? `guest:${order.id}`;
      const actor: Actor = admin ? { kind: 'admin', adminId: ctx.actor!.id } : { kind: 'shopper', shopperId };
      const reason: CancellationReason = admin ? 'admin_decision' : 'shopper_requested';
      const decision = transitionOrder(
        { status: order.status, packageStatuses: order.packages.map((p) => p.status) },
        { type: 'cancel', reason, by: actor.kind, note: request.reason },
      );
      if (!decision.ok) throw decision.error;
      if (!decision.value.changed) return;
      for (const pkg of order.packages) {
        if (pkg.status === 'cancelled' || pkg.status === 'delivered' || pkg.status === 'returned') continue;
        const result = transitionPackage(
          { status: pkg.status, vendorId: pkg.vendorId, shopperId },
          'cancel',
          actor,
        );
        if (!result.ok) throw result.error;
        scope.record(this.packageChanged(ctx, order, pkg, result.value, actor, request.reason));
      }
      await this.cancelOrder(tx, scope, ctx, order, reason, actor.kind, request.reason);
    });
    const row = await this.queries.findOrder(this.prisma, orderId);
    if (!row) throw orderNotFound(orderId);
    return toOrderView(row);
  }

  /**
   * Shipping reported a courier's step (shipping.shipment-status-changed.v1): the package follows. Any courier step
   * means the courier holds it (the vendor handed it over, so the vendor is the actor of that step); delivered or
   * partially delivered delivers it, returned returns it, both through the system actor as the courier
   * integration. A package already further along, or cancelled, stays as it is.
   */
  async followShipment(
    ctx: RequestContext,
    shipment: EventPayload<'shipping.shipment-status-changed.v1'>,
  ): Promise<void> {
    await this.unitOfWork.run(ctx, async (scope) => {
      const order = await this.orders.lockWithPackages(scope.tx, shipment.orderId);
      const pkg = order?.packages.find((p) => p.id === shipment.packageId);
      if (!order || !pkg) return;
      const shopperId = order.shopperId ?? `guest:${order.id}`;
      const steps: [PackageAction, Actor][] = [];
      if (pkg.status === 'packed')
        steps.push(['hand_to_courier', { kind: 'vendor', vendorId: pkg.vendorId }]);
      if (shipment.to === 'delivered' || shipment.to === 'partially_delivered')
        steps.push(['deliver', { kind: 'system' }]);
      if (shipment.to === 'returned') steps.push(['return', { kind: 'system' }]);
      const reason = `${shipment.courier} ${shipment.consignmentId}: ${shipment.courierStatus}`;
      for (const [action, actor] of steps) {
        const result = transitionPackage(
          { status: pkg.status, vendorId: pkg.vendorId, shopperId },
          action,
          actor,
        );
        if (!result.ok) return;
        await this.orders.setPackageStatus(scope.tx, [pkg.id], result.value);
        scope.record(this.packageChanged(ctx, order, pkg, result.value, { kind: 'system' }, reason));
        pkg.status = result.value;
      }
      if (steps.length > 0) await this.settle(scope.tx, scope, ctx, order);
    });
  }

  /**
   * The vendor confirmed a returned or partially delivered package came back (shipping.return-received.v1): the
   * package records which lines and how many, once. Its status stays (returned, or delivered for the part the
   * shopper kept); inventory and payment act on the same event.
   */
  async recordReturn(
    ctx: RequestContext,
    receipt: EventPayload<'shipping.return-received.v1'>,
  ): Promise<boolean> {
    return this.unitOfWork.run(ctx, ({ tx }) =>
      this.orders.recordReturn(tx, receipt.packageId, {
        receivedAt: new Date(receipt.receivedAt),
        items: receipt.items.map(({ lineId, quantity }) => ({ lineId, quantity })),
        returnedGoodsPoisha: receipt.returnedGoodsPoisha,
      }),
    );
  }

  /** Once every package ended, the order completes (something was delivered) or is cancelled as failed. */
  private async settle(
    tx: OrderTx,
    scope: WorkScope<OrderTx>,
    ctx: RequestContext,
    order: LockedOrder,
  ): Promise<void> {
    const command = settleOrder(
      order.status,
      order.packages.map((p) => p.status),
    );
    if (!command) return;
    if (command.type === 'complete') {
      await this.orders.complete(tx, order.id);
      return;
    }
    await this.cancelOrder(tx, scope, ctx, order, command.reason, 'system');
  }

  private async cancelOrder(
    tx: OrderTx,
    scope: WorkScope<OrderTx>,
    ctx: RequestContext,
    order: LockedOrder,
    reason: CancellationReason,
    by: string,
    note?: string,
  ): Promise<void> {
    const now = new Date();
    await this.orders.cancel(tx, order.id, { reason, by, note }, now);
    scope.record(
      orderEvent(
        'order.cancelled.v1',
        {
          orderId: order.id,
          orderNumber: order.orderNumber,
          reason,
          reservationId: order.reservationId,
          paymentId: order.paymentId,
          cancelledAt: now.toISOString(),
        },
        ctx.correlationId,
        now,
      ),
    );
    scope.afterCommit(() => this.metrics.orderCancelled(reason));
  }

  private packageChanged(
    ctx: RequestContext,
    order: LockedOrder,
    pkg: LockedOrder['packages'][number],
    to: PackageStatus,
    actor: Actor,
    reason?: string,
  ) {
    return orderEvent(
      'order.package-status-changed.v1',
      {
        orderId: order.id,
        packageId: pkg.id,
        vendorId: pkg.vendorId,
        from: pkg.status,
        to,
        actor: {
          kind: actor.kind,
          id: ctx.actor?.id ?? (actor.kind === 'shopper' ? actor.shopperId : 'system'),
        },
        totalPoisha: pkg.totalPoisha,
        ...(reason ? { reason } : {}),
        changedAt: new Date().toISOString(),
      },
      ctx.correlationId,
    );
  }
}

function packageNotFound(packageId: string): NotFoundException {
  return new NotFoundException(`Package ${packageId} was not found.`);
}
