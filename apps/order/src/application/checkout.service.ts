import { randomInt, randomUUID } from 'node:crypto';
import { DeliveryQuoteRequest, DeliveryQuoteView, OrderView, PlaceOrderRequest } from '@getit/contracts';
import { isUniqueViolation } from '@getit/database';
import { UnitOfWork } from '@getit/messaging';
import { NotFoundException, ValidationException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import {
  CartLine,
  CheckoutRefusedException,
  OrderDraft,
  SagaTimeouts,
  checkPrices,
  findShortages,
  mayAccessOwned,
  orderNumber,
  shopperIdOf,
  splitOrder,
} from '../domain';
import { CartLineRow, CartsRepository, LoadedCart } from '../infrastructure/carts.repository';
import { OrderQueriesRepository } from '../infrastructure/order-queries.repository';
import { OrderPrismaClient, OrderTx } from '../infrastructure/order-prisma';
import { NewOrder, OrdersRepository } from '../infrastructure/orders.repository';
import { isPurchasable } from './cart.mapper';
import { cartNotFound } from './carts.service';
import { DeliveryQuotesService, PackageQuote } from './delivery-quotes.service';
import { orderEvent } from './order-events';
import { toOrderView } from './order.mapper';
import { OrderMetrics } from './order.metrics';

type PaymentMethod = PlaceOrderRequest['paymentMethod'];

export interface CheckoutSettings {
  /** Methods checkout accepts; the others are refused until their payment provider is wired up. */
  paymentMethods: readonly PaymentMethod[];
  timeouts: SagaTimeouts;
}

/**
 * Turns a cart into an order. Everything that can refuse is checked before the one write transaction: prices
 * against the read model (a changed price is shown, never charged), stock against the read model (the short
 * lines are named), delivery charges from the shipping service. The transaction then claims the idempotency key,
 * checks the cart out and writes the order, its packages and lines, the saga row and `order.placed.v1`.
 */
export class CheckoutService {
  constructor(
    private readonly prisma: OrderPrismaClient,
    private readonly carts: CartsRepository,
    private readonly orders: OrdersRepository,
    private readonly queries: OrderQueriesRepository,
    private readonly quotes: DeliveryQuotesService,
    private readonly unitOfWork: UnitOfWork<OrderTx>,
    private readonly metrics: OrderMetrics,
    private readonly settings: CheckoutSettings,
  ) {}

  /** What delivering the cart's packages will cost, shown before the shopper confirms. */
  async quote(
    ctx: RequestContext,
    cartId: string,
    request: DeliveryQuoteRequest,
  ): Promise<DeliveryQuoteView> {
    const cart = await this.openCart(ctx, cartId);
    const quotes = await this.quotes.quoteLines(
      ctx,
      orderableLines(cart),
      request.destinationDistrict,
      request.paymentMethod,
    );
    return this.quotes.toView(quotes, request);
  }

  /** 201 with a new order; the same key again (same cart) gives the same order with `created: false`. */
  async place(
    ctx: RequestContext,
    idempotencyKey: string,
    request: PlaceOrderRequest,
  ): Promise<{ created: boolean; order: OrderView }> {
    this.assertPaymentMethod(request.paymentMethod);
    const scope = shopperIdOf(ctx) ?? 'guest';
    // No idempotency lookup up front: a retry finds its cart checked out and is answered from the key below,
    // which spares every first attempt a round trip.
    const cart = await this.openCart(ctx, request.cartId, true).catch(async (error: unknown) => {
      // The cart is checked out (or gone): by an earlier request with this very key (a retry), or another one.
      const winner = await this.orders.findIdempotent(this.prisma, scope, idempotencyKey);
      if (winner) return winner;
      throw error;
    });
    if (!('cart' in cart)) return this.replay(request.cartId, cart);
    const lines = orderableLines(cart);
    await this.assertPricesUnchanged(cart.cart.id, lines);
    const shortages = findShortages(lines, new Map(lines.map((l) => [l.variantId, l.available])));
    if (shortages.length > 0) throw CheckoutRefusedException.outOfStock(shortages);

    const address = request.address;
    const quotes = await this.quotes.quoteLines(ctx, lines, address.district, request.paymentMethod);
    const draft = splitOrder(
      lines.map(toCartLine),
      new Map(quotes.map((q) => [q.vendorId, q.deliveryChargePoisha])),
    );
    if (request.expectedTotalPoisha !== undefined && request.expectedTotalPoisha !== draft.grandTotalPoisha)
      throw CheckoutRefusedException.totalChanged(request.expectedTotalPoisha, draft.grandTotalPoisha);

    const order = this.newOrder(ctx, cart, lines, quotes, draft, request);
    const placed = await this.write(ctx, scope, idempotencyKey, order);
    if (!placed) {
      // A request with the same key committed first: answer with its order.
      const winner = await this.orders.findIdempotent(this.prisma, scope, idempotencyKey);
      if (!winner) throw new Error('idempotency key vanished after its transaction');
      return this.replay(request.cartId, winner);
    }
    return { created: true, order: toPlacedView(order, request) };
  }

  private assertPaymentMethod(method: PaymentMethod): void {
    if (this.settings.paymentMethods.includes(method)) return;
    throw new ValidationException('This payment method is not accepted yet.', [
      {
        field: 'paymentMethod',
        reason: `is not accepted yet; use ${this.settings.paymentMethods.join(' or ')}`,
      },
    ]);
  }

  private async openCart(ctx: RequestContext, cartId: string, forCheckout = false): Promise<LoadedCart> {
    const cart = await this.carts.load(this.prisma, cartId);
    if (!cart || !mayAccessOwned(ctx, cart.cart.shopperId) || cart.cart.expired) throw cartNotFound();
    if (cart.cart.status !== 'active')
      throw new CheckoutRefusedException(
        'cart_closed',
        cart.cart.status === 'checked_out' ? 'This cart was already checked out.' : 'This cart is closed.',
        [],
        { cartStatus: cart.cart.status, orderId: cart.cart.orderId },
      );
    if (forCheckout && cart.lines.length === 0)
      throw new ValidationException('The cart is empty.', [{ field: 'cartId', reason: 'the cart is empty' }]);
    return cart;
  }

  /** Any changed price refuses the checkout and becomes the price the shopper has now seen. */
  private async assertPricesUnchanged(cartId: string, lines: readonly CartLineRow[]): Promise<void> {
    const check = checkPrices(
      lines.map((l) => ({ ...l, sku: l.sku!, title: l.title!, unitPricePoisha: l.seenPricePoisha })),
      new Map(lines.map((l) => [l.variantId, l.pricePoisha!])),
    );
    if (check.unchanged) return;
    await this.carts.updateSeenPrices(
      this.prisma,
      cartId,
      check.changed.map((c) => ({ variantId: c.variantId, pricePoisha: c.newUnitPricePoisha })),
    );
    const index = new Map(lines.map((l, i) => [l.variantId, i]));
    throw CheckoutRefusedException.priceChanged(
      check.changed.map((c) => ({ ...c, index: index.get(c.variantId)! })),
    );
  }

  /** One transaction; false when the idempotency key was taken by a concurrent request. */
  private async write(ctx: RequestContext, scope: string, key: string, order: NewOrder): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.unitOfWork.run(ctx, async ({ tx, record, afterCommit }) => {
          const claim = await this.orders.place(tx, { scope, key }, order);
          if (!claim.claimed) return false;
          if (!claim.checkedOut)
            throw new CheckoutRefusedException('cart_closed', 'This cart was already checked out.');
          record(placedEvent(order));
          afterCommit(() => this.metrics.orderPlaced(order.paymentMethod));
          return true;
        });
      } catch (error) {
        // Two orders drew the same number the same day: draw again.
        if (attempt < 3 && isUniqueViolation(error, 'orders_order_number_key')) {
          order.orderNumber = orderNumber(order.placedAt, randomInt);
          continue;
        }
        throw error;
      }
    }
  }

  private async replay(cartId: string, earlier: { cartId: string; orderId: string }) {
    if (earlier.cartId !== cartId)
      throw new CheckoutRefusedException(
        'idempotency_key_reused',
        'This Idempotency-Key was already used to order another cart; use a new key for a new order.',
        [{ field: 'headers.idempotency-key', reason: 'was used for another cart' }],
      );
    return { created: false, order: await this.view(earlier.orderId) };
  }

  private async view(orderId: string): Promise<OrderView> {
    const row = await this.queries.findOrder(this.prisma, orderId);
    if (!row) throw new NotFoundException(`Order ${orderId} was not found.`);
    return toOrderView(row);
  }

  private newOrder(
    ctx: RequestContext,
    cart: LoadedCart,
    lines: readonly CartLineRow[],
    quotes: readonly PackageQuote[],
    draft: OrderDraft,
    request: PlaceOrderRequest,
  ): NewOrder {
    const placedAt = new Date();
    const byVariant = new Map(lines.map((l, i) => [l.variantId, { row: l, position: i }]));
    const originOf = new Map(quotes.map((q) => [q.vendorId, q.originDistrict]));
    const cod = request.paymentMethod === 'cod';
    return {
      id: randomUUID(),
      orderNumber: orderNumber(placedAt, randomInt),
      shopperId: shopperIdOf(ctx) ?? cart.cart.shopperId,
      cartId: cart.cart.id,
      phone: request.address.phone,
      address: request.address,
      destinationDistrict: request.address.district,
      paymentMethod: request.paymentMethod,
      itemsTotalPoisha: draft.itemsTotalPoisha,
      deliveryTotalPoisha: draft.deliveryTotalPoisha,
      totalPoisha: draft.grandTotalPoisha,
      correlationId: ctx.correlationId,
      placedAt,
      sagaDeadlineAt: new Date(placedAt.getTime() + this.settings.timeouts.reserve_stock),
      packages: draft.packages.map((pkg) => ({
        id: randomUUID(),
        vendorId: pkg.vendorId,
        originDistrict: originOf.get(pkg.vendorId)!,
        weightGrams: pkg.weightGrams,
        subtotalPoisha: pkg.itemsSubtotalPoisha,
        deliveryChargePoisha: pkg.deliveryChargePoisha,
        totalPoisha: pkg.totalPoisha,
        // What the courier collects on delivery: the whole package, items and delivery.
        codAmountPoisha: cod ? pkg.totalPoisha : null,
        lines: pkg.lines.map((line) => {
          const { row, position } = byVariant.get(line.variantId)!;
          return {
            id: randomUUID(),
            position,
            productId: line.productId,
            variantId: line.variantId,
            sku: line.sku,
            title: line.title,
            categorySlug: row.categorySlug,
            quantity: line.quantity,
            unitPricePoisha: line.unitPricePoisha,
            lineTotalPoisha: line.lineTotalPoisha,
            weightGrams: line.weightGrams,
          };
        }),
      })),
    };
  }
}

/** The cart's lines, all of which must be orderable: one withdrawn item refuses the checkout and is named. */
function orderableLines(cart: LoadedCart): CartLineRow[] {
  const notOnSale = cart.lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => !isPurchasable(line))
    .map(({ line, index }) => ({ index, variantId: line.variantId }));
  if (notOnSale.length > 0) throw CheckoutRefusedException.notOnSale(notOnSale);
  return cart.lines;
}

function toCartLine(line: CartLineRow): CartLine {
  return {
    vendorId: line.vendorId!,
    productId: line.productId!,
    variantId: line.variantId,
    sku: line.sku!,
    title: line.title!,
    unitPricePoisha: line.pricePoisha!,
    quantity: line.quantity,
    weightGrams: line.weightGrams ?? 0,
  };
}

/** The answer to a new order, built from what was written rather than read back. */
function toPlacedView(order: NewOrder, request: PlaceOrderRequest): OrderView {
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    status: 'pending_payment',
    shopperId: order.shopperId,
    phone: order.phone,
    address: request.address,
    paymentMethod: request.paymentMethod,
    currency: 'BDT',
    itemsTotalPoisha: order.itemsTotalPoisha,
    deliveryTotalPoisha: order.deliveryTotalPoisha,
    totalPoisha: order.totalPoisha,
    placedAt: order.placedAt.toISOString(),
    confirmedAt: null,
    completedAt: null,
    cancelledAt: null,
    cancellation: null,
    packages: order.packages.map((p) => ({
      id: p.id,
      vendorId: p.vendorId,
      status: 'pending',
      originDistrict: p.originDistrict,
      weightGrams: p.weightGrams,
      subtotalPoisha: p.subtotalPoisha,
      deliveryChargePoisha: p.deliveryChargePoisha,
      totalPoisha: p.totalPoisha,
      codAmountPoisha: p.codAmountPoisha,
      lines: p.lines.map((l) => ({
        id: l.id,
        productId: l.productId,
        variantId: l.variantId,
        sku: l.sku,
        title: l.title,
        categorySlug: l.categorySlug,
        quantity: l.quantity,
        unitPricePoisha: l.unitPricePoisha,
        lineTotalPoisha: l.lineTotalPoisha,
      })),
    })),
  };
}

function placedEvent(order: NewOrder) {
  return orderEvent(
    'order.placed.v1',
    {
      orderId: order.id,
      orderNumber: order.orderNumber,
      shopperId: order.shopperId,
      phone: order.phone,
      paymentMethod: order.paymentMethod as PaymentMethod,
      currency: 'BDT',
      itemsTotalPoisha: order.itemsTotalPoisha,
      deliveryTotalPoisha: order.deliveryTotalPoisha,
      totalPoisha: order.totalPoisha,
      destinationDistrict: order.destinationDistrict,
      recipient: {
        name: order.address.name,
        street: order.address.street,
        area: order.address.area,
        district: order.address.district,
        postcode: order.address.postcode,
      },
      packages: order.packages.map((p) => ({
        packageId: p.id,
        vendorId: p.vendorId,
        subtotalPoisha: p.subtotalPoisha,
        deliveryChargePoisha: p.deliveryChargePoisha,
        totalPoisha: p.totalPoisha,
        ...(p.weightGrams > 0 ? { weightGrams: p.weightGrams } : {}),
        lines: p.lines.map((l) => ({
          lineId: l.id,
          productId: l.productId,
          variantId: l.variantId,
          sku: l.sku,
          title: l.title,
          quantity: l.quantity,
          unitPricePoisha: l.unitPricePoisha,
          lineTotalPoisha: l.lineTotalPoisha,
          ...(l.categorySlug ? { categorySlug: l.categorySlug } : {}),
        })),
      })),
      placedAt: order.placedAt.toISOString(),
    },
    order.correlationId,
    order.placedAt,
  );
}
