import { randomUUID } from 'node:crypto';
import { CartView, SetCartLineRequest } from '@getit/contracts';
import { ConflictException, NotFoundException, ValidationException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import {
  CheckoutRefusedException,
  checkLineQuantity,
  mayAccessOwned,
  mergeCartLines,
  requireShopper,
  shopperIdOf,
} from '../domain';
import { CartHeader, CartsRepository, LoadedCart, VariantForCart } from '../infrastructure/carts.repository';
import { OrderPrismaClient, OrderTx } from '../infrastructure/order-prisma';
import { toCartView } from './cart.mapper';

export interface CartsSettings {
  /** A cart untouched this long expires. */
  ttlMs: number;
}

/**
 * Guest and signed-in carts. A guest cart is reached by its id alone (unguessable); a signed-in shopper has one
 * active cart and only they reach it. Quantities are checked against the read model's available stock when set;
 * every change pushes the cart's expiry back by the TTL.
 */
export class CartsService {
  constructor(
    private readonly prisma: OrderPrismaClient,
    private readonly carts: CartsRepository,
    private readonly unitOfWork: UnitOfWork<OrderTx>,
    private readonly settings: CartsSettings,
  ) {}

  /** A guest gets a new cart; a signed-in shopper gets their active cart, created when they have none. */
  async create(ctx: RequestContext): Promise<{ created: boolean; cart: CartView }> {
    const shopperId = shopperIdOf(ctx);
    if (shopperId) {
      const existing = await this.carts.activeCartOf(this.prisma, shopperId);
      if (existing) return { created: false, cart: await this.get(ctx, existing) };
    }
    const id = randomUUID();
    const created = await this.carts.create(this.prisma, { id, shopperId, ttlMs: this.settings.ttlMs });
    if (!created && shopperId) {
      // another request created the shopper's cart a moment ago
      const winner = await this.carts.activeCartOf(this.prisma, shopperId);
      if (winner) return { created: false, cart: await this.get(ctx, winner) };
    }
    // The new cart as it was written: it has no lines yet, so there is nothing to read back.
    if (!created) return { created: true, cart: await this.get(ctx, id) };
    return { created: true, cart: toCartView(this.reachable(ctx, { cart: created, lines: [] })) };
  }

  async get(ctx: RequestContext, cartId: string): Promise<CartView> {
    return toCartView(await this.loadReachable(ctx, cartId));
  }

  /** Sets a line's quantity (0 removes it). The shopper sees today's price with it, so that becomes "seen". */
  async setLine(
    ctx: RequestContext,
    cartId: string,
    variantId: string,
    request: SetCartLineRequest,
  ): Promise<CartView> {
    if (checkLineQuantity(request.quantity, Number.MAX_SAFE_INTEGER)?.kind !== 'out_of_range') {
      // The common case in one round trip: the checks below, the write and the cart as it now is.
      const outcome = await this.carts.setLineReturning(
        this.prisma,
        cartId,
        { variantId, quantity: request.quantity },
        shopperIdOf(ctx),
        this.settings.ttlMs,
      );
      if (!outcome) throw cartNotFound();
      this.assertOpen(ctx, outcome.cart);
      this.assertMayHold(variantId, request.quantity, outcome.variant);
      if (outcome.written)
        return outcome.fresh ? toCartView(this.reachable(ctx, outcome)) : this.get(ctx, cartId);
      // Not written although the checks pass: the statement's view of the cart differs; take the long way.
    }
    const found = await this.carts.variantForCart(this.prisma, cartId, variantId);
    if (!found) throw cartNotFound();
    this.assertOpen(ctx, found.cart);
    const { variant } = found;
    this.assertMayHold(variantId, request.quantity, variant);
    await this.carts.setLine(
      this.prisma,
      cartId,
      { variantId, quantity: request.quantity, seenPricePoisha: variant?.pricePoisha ?? 0 },
      this.settings.ttlMs,
    );
    return this.get(ctx, cartId);
  }

  /** A quantity above 0 needs the variant on sale and that much available; any quantity must be in range. */
  private assertMayHold(variantId: string, quantity: number, variant: VariantForCart['variant']): void {
    if (quantity > 0) {
      if (!variant || !variant.listed || !variant.vendorActive)
        throw new CheckoutRefusedException('not_on_sale', 'This item is not on sale.', [
          { field: 'variantId', reason: 'is not on sale' },
        ]);
      const problem = checkLineQuantity(quantity, variant.available);
      if (problem?.kind === 'out_of_range')
        throw new ValidationException('The quantity is out of range.', [
          { field: 'quantity', reason: `must be a whole number from 0 to ${problem.max}` },
        ]);
      if (problem?.kind === 'not_enough_stock')
        throw new CheckoutRefusedException(
          'out_of_stock',
          `Only ${problem.available} of this item ${problem.available === 1 ? 'is' : 'are'} available.`,
          [{ field: 'quantity', reason: `only ${problem.available} left` }],
          { variantId, requested: quantity, available: problem.available },
        );
    }
  }

  removeLine(ctx: RequestContext, cartId: string, variantId: string): Promise<CartView> {
    return this.setLine(ctx, cartId, variantId, { quantity: 0 });
  }

  /**
   * At sign-in: the guest cart's lines join the shopper's cart (created when they have none), quantities added
   * and capped by available stock; the guest cart is closed. Merging an already merged cart again changes nothing.
   */
  async merge(ctx: RequestContext, guestCartId: string): Promise<CartView> {
    requireShopper(ctx, 'keep your cart');
    const target = (await this.create(ctx)).cart.id;
    if (target === guestCartId) return this.get(ctx, target);
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      // Both carts locked in id order, so two merges into one cart queue instead of deadlocking.
      const [first, second] = [guestCartId, target].sort();
      const a = await this.carts.load(tx, first!, true);
      const b = await this.carts.load(tx, second!, true);
      const guest = a?.cart.id === guestCartId ? a : b;
      const mine = a?.cart.id === target ? a : b;
      if (!guest || !mayAccessOwned(ctx, guest.cart.shopperId) || guest.cart.expired) throw cartNotFound();
      if (guest.cart.status === 'merged') return;
      if (guest.cart.status !== 'active') throw cartClosed(guest.cart);
      if (!mine || mine.cart.status !== 'active')
        throw new ConflictException('Your cart changed; try again.');
      await this.carts.replaceLines(tx, target, merged(mine, guest), this.settings.ttlMs);
      await this.carts.setStatus(tx, guestCartId, 'merged');
    });
    return this.get(ctx, target);
  }

  private async loadReachable(ctx: RequestContext, cartId: string): Promise<LoadedCart> {
    const loaded = await this.carts.load(this.prisma, cartId);
    if (!loaded) throw cartNotFound();
    return this.reachable(ctx, loaded);
  }

  private reachable(ctx: RequestContext, loaded: LoadedCart): LoadedCart {
    if (!mayAccessOwned(ctx, loaded.cart.shopperId) || loaded.cart.expired) throw cartNotFound();
    return loaded;
  }

  private assertOpen(ctx: RequestContext, cart: CartHeader): void {
    if (!mayAccessOwned(ctx, cart.shopperId) || cart.expired) throw cartNotFound();
    if (cart.status !== 'active') throw cartClosed(cart);
  }
}

function merged(mine: LoadedCart, guest: LoadedCart) {
  const available = new Map([...mine.lines, ...guest.lines].map((l) => [l.variantId, l.available]));
  const seen = new Map([...guest.lines, ...mine.lines].map((l) => [l.variantId, l.seenPricePoisha]));
  return mergeCartLines(mine.lines, guest.lines, available).map((line) => ({
    ...line,
    seenPricePoisha: seen.get(line.variantId) ?? 0,
  }));
}

export function cartNotFound(): NotFoundException {
  return new NotFoundException('This cart does not exist or has expired.', {
    extensions: { reason: 'cart_not_found' },
  });
}

function cartClosed(cart: CartHeader): CheckoutRefusedException {
  return new CheckoutRefusedException(
    'cart_closed',
    cart.status === 'checked_out'
      ? 'This cart was already checked out.'
      : 'This cart was merged into your account’s cart.',
    [],
    { cartStatus: cart.status, orderId: cart.orderId },
  );
}
