import {
  AdminOrdersQuery,
  CheckoutSagaView,
  MyOrdersQuery,
  normaliseBdMobile,
  OrderPage,
  OrderView,
  VendorPackagePage,
  VendorPackagesQuery,
} from '@getit/contracts';
import { NotFoundException, ValidationException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { assertVendorReader, mayAccessOwned, requireAdmin, requireShopper } from '../domain';
import {
  OrderFilter,
  OrderQueriesRepository,
  OrderRow,
  PagePosition,
} from '../infrastructure/order-queries.repository';
import { OrderPrismaClient } from '../infrastructure/order-prisma';
import { decodeCursor, orderPage, toOrderView, vendorPackagePage } from './order.mapper';
import { OrderSettledSignal } from './order-settled.signal';

/**
 * How often a waiting reader looks again when no signal came: only when the saga settled on another replica, since
 * this replica's saga wakes its readers at once. Every look is a read of the order, so not too often (ADR 0016); a
 * step of this replica's saga that left the order pending counts as a look, so the next one is a second after it.
 */
const RECHECK_MS = 1_000;

/** What shoppers, vendors and admins see of orders: each one's own slice, newest first, keyset-paginated. */
export class OrderViewsService {
  constructor(
    private readonly prisma: OrderPrismaClient,
    private readonly queries: OrderQueriesRepository,
    private readonly settled = new OrderSettledSignal<OrderRow>(),
  ) {}

  /**
   * The owner's order (admins see any); a guest order by its id alone. Others get 404, not 403. With `waitMs`, a
   * checkout still in `pending_payment` is answered when it settles (confirmed or cancelled) or when the time is
   * up, so a checkout page need not poll.
   */
  async get(ctx: RequestContext, orderId: string, waitMs = 0): Promise<OrderView> {
    const deadline = Date.now() + waitMs;
    // the order as this replica's saga settled it (committed), which need not be read again
    let settled: OrderRow | undefined;
    // this replica's saga saw the order still pending since the last look: that was a look
    let seenPending = false;
    for (;;) {
      const remaining = deadline - Date.now();
      // listen before reading, so a settlement between the read and the wait is not missed
      const wait = remaining > 0 ? this.settled.wait(orderId, Math.min(remaining, RECHECK_MS)) : undefined;
      if (!wait || !seenPending) {
        const row = settled ?? (await this.queries.findOrder(this.prisma, orderId));
        if (!row || !mayAccessOwned(ctx, row.shopperId, true)) {
          wait?.cancel();
          throw orderNotFound(orderId);
        }
        if (!wait || row.status !== 'pending_payment') {
          wait?.cancel();
          return toOrderView(row);
        }
      }
      const woken = await wait.ended;
      settled = woken?.kind === 'settled' ? woken.order : undefined;
      seenPending = woken?.kind === 'pending';
    }
  }

  async mine(ctx: RequestContext, query: MyOrdersQuery): Promise<OrderPage> {
    const shopperId = requireShopper(ctx, 'see your orders');
    const rows = await this.queries.listOrders(this.prisma, { shopperId }, cursor(query.cursor), query.limit);
    return orderPage(rows, query.limit);
  }

  async vendorPackages(
    ctx: RequestContext,
    vendorId: string,
    query: VendorPackagesQuery,
  ): Promise<VendorPackagePage> {
    assertVendorReader(ctx, vendorId);
    const rows = await this.queries.listVendorPackages(
      this.prisma,
      vendorId,
      query.status,
      cursor(query.cursor),
      query.limit,
    );
    return vendorPackagePage(rows, query.limit);
  }

  /** Where an order's checkout saga stands (admins): its status, the step it waits on or failed at, its times. */
  async saga(ctx: RequestContext, orderId: string): Promise<CheckoutSagaView> {
    requireAdmin(ctx);
    const saga = await this.prisma.checkoutSaga.findUnique({ where: { orderId } });
    if (!saga) throw new NotFoundException(`Order ${orderId} has no checkout saga.`);
    const iso = (at: Date | null) => (at ? at.toISOString() : null);
    return {
      orderId: saga.orderId,
      status: saga.status as CheckoutSagaView['status'],
      step: saga.step as CheckoutSagaView['step'],
      cancelReason: saga.cancelReason,
      reservationId: saga.reservationId,
      paymentId: saga.paymentId,
      undoneLate: saga.undoneLate,
      deadlineAt: iso(saga.deadlineAt),
      startedAt: saga.startedAt.toISOString(),
      finishedAt: iso(saga.finishedAt),
      updatedAt: saga.updatedAt.toISOString(),
    };
  }

  /** Admin search: `q` is an order number (or its start) or a phone number in any common form. */
  async search(ctx: RequestContext, query: AdminOrdersQuery): Promise<OrderPage> {
    requireAdmin(ctx);
    const filter: OrderFilter = {
      status: query.status,
      vendorId: query.vendorId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    };
    if (query.q) {
      const phone = normaliseBdMobile(query.q);
      if (phone) filter.phone = phone;
      else filter.orderNumberPrefix = query.q.toUpperCase();
    }
    const rows = await this.queries.listOrders(this.prisma, filter, cursor(query.cursor), query.limit);
    return orderPage(rows, query.limit);
  }
}

function cursor(value: string | undefined): PagePosition | null {
  const position = decodeCursor(value);
  if (position === 'invalid')
    throw new ValidationException('The cursor is invalid.', [
      { field: 'cursor', reason: 'is not a cursor this API handed out' },
    ]);
  return position;
}

export function orderNotFound(orderId: string): NotFoundException {
  return new NotFoundException(`Order ${orderId} was not found.`);
}
