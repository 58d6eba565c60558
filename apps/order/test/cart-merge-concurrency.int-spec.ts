import { randomUUID } from 'node:crypto';
import { OrderHarness } from './order.harness';

jest.setTimeout(90_000);

/**
 * Cart merges racing at sign-in (two tabs, a double tap, a shopper signing in on two devices) on a real Postgres:
 * the carts involved are locked in id order, so every merge answers 200 with the same cart, quantities are added
 * once, and the shopper keeps exactly one active cart.
 */
describe('cart merges under concurrency', () => {
  const harness = new OrderHarness({ CART_TTL_MS: '1h', DATABASE_POOL_MAX: '12' });
  let tea: { variantId: string };
  let mug: { variantId: string };

  beforeAll(async () => {
    await harness.start('order_cart_race');
    const vendor = await harness.seedVendor({ district: 'Sylhet', shopName: 'Srimangal Tea' });
    tea = await harness.seedVariant(vendor, { pricePoisha: 35_000, stock: 50, title: 'Tea' });
    mug = await harness.seedVariant(vendor, { pricePoisha: 20_000, stock: 50, title: 'Mug' });
  });
  afterAll(() => harness.stop());

  const quantities = (cart: any) =>
    Object.fromEntries(cart.vendors.flatMap((v: any) => v.lines).map((l: any) => [l.variantId, l.quantity]));
  const activeCarts = async (shopperId: string) =>
    harness.query("SELECT id FROM carts WHERE shopper_id = $1 AND status = 'active'", [shopperId]);

  it('merges a guest cart once when the same merge is sent ten times at once', async () => {
    const shopper = { actorId: randomUUID() };
    const mine = await harness.cartWith([{ variantId: tea.variantId, quantity: 1 }], shopper);
    const guest = await harness.cartWith([
      { variantId: tea.variantId, quantity: 2 },
      { variantId: mug.variantId, quantity: 1 },
    ]);
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => harness.call('POST', `/carts/${guest}/merge`, { as: shopper })),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(200));
    for (const reply of replies) {
      expect(reply.body.id).toBe(mine);
      expect(quantities(reply.body)).toEqual({ [tea.variantId]: 3, [mug.variantId]: 1 });
    }
    const [closed] = await harness.query('SELECT status FROM carts WHERE id = $1', [guest]);
    expect(closed.status).toBe('merged');
    expect(await activeCarts(shopper.actorId)).toEqual([{ id: mine }]);
  });

  it('merges two guest carts signed in at once into one new cart of the shopper', async () => {
    const shopper = { actorId: randomUUID() };
    const [first, second] = await Promise.all([
      harness.cartWith([{ variantId: tea.variantId, quantity: 2 }]),
      harness.cartWith([
        { variantId: tea.variantId, quantity: 1 },
        { variantId: mug.variantId, quantity: 4 },
      ]),
    ]);
    const replies = await Promise.all([
      harness.call('POST', `/carts/${first}/merge`, { as: shopper }),
      harness.call('POST', `/carts/${second}/merge`, { as: shopper }),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    const active = await activeCarts(shopper.actorId);
    expect(active).toHaveLength(1);
    const merged = await harness.call('GET', `/carts/${active[0].id}`, { as: shopper });
    // both guests' lines, each added once, whichever merge went first
    expect(quantities(merged.body)).toEqual({ [tea.variantId]: 3, [mug.variantId]: 4 });
  });

  it('keeps a line set during a merge: the merge and the edit apply one after the other', async () => {
    const shopper = { actorId: randomUUID() };
    const mine = await harness.cartWith([{ variantId: tea.variantId, quantity: 1 }], shopper);
    const guest = await harness.cartWith([{ variantId: mug.variantId, quantity: 2 }]);
    const [merge, edit] = await Promise.all([
      harness.call('POST', `/carts/${guest}/merge`, { as: shopper }),
      harness.call('PUT', `/carts/${mine}/lines/${tea.variantId}`, { body: { quantity: 5 }, as: shopper }),
    ]);
    expect([merge.status, edit.status]).toEqual([200, 200]);
    const cart = await harness.call('GET', `/carts/${mine}`, { as: shopper });
    expect(quantities(cart.body)).toEqual({ [tea.variantId]: 5, [mug.variantId]: 2 });
  });
});
