import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { waitFor } from '@getit/testing';
import { ADMIN, CatalogHarness, Reply, saree } from './catalog.harness';

jest.setTimeout(120_000);

const PROBLEM = 'application/problem+json';

/**
 * Moderators racing each other and auth's vendor decisions on the same products, on a real Postgres: every
 * request gets one clear answer (200, or 409 problem+json naming the status it found), never a 500, and every
 * decision taken or refused is on the audit record with who, what, the address and the outcome.
 */
describe('moderation under concurrency', () => {
  const catalog = new CatalogHarness();
  const vendor = randomUUID();
  let sql: Client;

  beforeAll(async () => {
    await catalog.start({ DATABASE_POOL_MAX: '12' });
    await catalog.approveVendor(vendor, { name: 'Rupganj Looms', slug: `rupganj-${vendor.slice(0, 6)}` });
    sql = new Client({ connectionString: catalog.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await catalog.stop();
  });

  const admin = (ip = '203.0.113.7') => ({ ...catalog.admin(), 'x-forwarded-for': ip });

  async function pendingProduct(): Promise<string> {
    const created = await catalog.request(
      'POST',
      `/vendors/${vendor}/products`,
      { ...saree(), submitForReview: true },
      catalog.vendor(vendor),
    );
    expect(created.body.status).toBe('pending_review');
    return created.body.id;
  }

  const statusOf = async (id: string) =>
    (await sql.query('SELECT status, listed FROM products WHERE id = $1', [id])).rows[0];

  function expectConflict(reply: Reply): void {
    expect(reply.status).toBe(409);
    expect(reply.headers.get('content-type')).toContain(PROBLEM);
    expect(reply.body).toMatchObject({ status: 409, code: 'CONFLICT' });
  }

  it('approves a product once when ten moderators approve it at the same moment', async () => {
    const id = await pendingProduct();
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => catalog.request('POST', `/admin/products/${id}/approve`, {}, admin())),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    for (const lost of replies.filter((r) => r.status === 409)) {
      expectConflict(lost);
      expect(lost.body).toMatchObject({ status: 409, detail: 'Cannot approve a product that is published.' });
    }
    expect(await statusOf(id)).toEqual({ status: 'published', listed: true });
  });

  it('serialises an approval and a rejection sent together: they apply in one order, never half of each', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => pendingProduct()));
    for (const id of ids) {
      const [approve, reject] = await Promise.all([
        catalog.request('POST', `/admin/products/${id}/approve`, {}, admin()),
        catalog.request('POST', `/admin/products/${id}/reject`, { reason: 'Photos are blurry' }, admin()),
      ]);
      const product = await statusOf(id);
      if (approve.status === 200) {
        // approved first, then taken down by the rejection (a moderator may reject a published product)
        expect(reject.status).toBe(200);
        expect(product).toEqual({ status: 'rejected', listed: false });
      } else {
        // rejected first: there was nothing left to approve
        expectConflict(approve);
        expect(approve.body.detail).toBe('Cannot approve a product that is rejected.');
        expect(reject.status).toBe(200);
        expect(product).toEqual({ status: 'rejected', listed: false });
      }
    }
  });

  it('applies one of two overlapping batch approvals whole and refuses the other whole', async () => {
    const [a, b, c] = await Promise.all([pendingProduct(), pendingProduct(), pendingProduct()]);
    const [first, second] = await Promise.all([
      catalog.request('POST', '/admin/products/approvals', { productIds: [a, b] }, admin()),
      catalog.request('POST', '/admin/products/approvals', { productIds: [c, b] }, admin()),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expectConflict(first.status === 409 ? first : second);
    const lostIds = first.status === 409 ? [a] : [c];
    for (const id of lostIds) expect((await statusOf(id)).status).toBe('pending_review');
    expect((await statusOf(b)).status).toBe('published');
  });

  it('never fails an approval that meets a vendor suspension, and ends as the last decision says', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, () => pendingProduct()));
    const approvals = Promise.all(
      ids.map((id) => catalog.request('POST', `/admin/products/${id}/approve`, {}, admin())),
    );
    await catalog.decide('auth.vendor-suspended.v1', vendor);
    await catalog.decide('auth.vendor-reinstated.v1', vendor);
    const replies = await approvals;
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(200));
    await waitFor('the reinstatement to list every approved product', async () => {
      const rows = (await sql.query('SELECT status, listed FROM products WHERE id = ANY($1)', [ids])).rows;
      return rows.every((r) => r.status === 'published' && r.listed) ? rows : undefined;
    });
  });

  it('puts each decision, taken or refused, on the audit record in the same transaction', async () => {
    const id = await pendingProduct();
    const approved = await catalog.request(
      'POST',
      `/admin/products/${id}/approve`,
      {},
      admin('198.51.100.4'),
    );
    expect(approved.status).toBe(200);
    const again = await catalog.request('POST', `/admin/products/${id}/approve`, {}, admin('198.51.100.4'));
    expect(again.status).toBe(409);
    const vendorTry = await catalog.request(
      'POST',
      `/admin/products/${id}/reject`,
      { reason: 'mine' },
      { ...catalog.vendor(vendor), 'x-forwarded-for': '192.0.2.50' },
    );
    expect(vendorTry.status).toBe(403);

    const rows = await sql.query(
      `SELECT envelope FROM outbox WHERE type = 'audit.recorded.v1' AND key = $1 ORDER BY seq`,
      [id],
    );
    expect(rows.rows.map((r) => r.envelope.data)).toEqual([
      {
        action: 'catalog.product.approve',
        outcome: 'success',
        actorId: ADMIN.id,
        actorRoles: ['admin:operations'],
        targetType: 'product',
        targetId: id,
        ip: '198.51.100.4',
        details: { vendorId: vendor, from: 'pending_review', to: 'published', version: expect.any(Number) },
      },
      expect.objectContaining({
        action: 'catalog.product.approve',
        outcome: 'failure',
        ip: '198.51.100.4',
        details: { code: 'CONFLICT', reason: 'Cannot approve a product that is published.' },
      }),
      expect.objectContaining({
        action: 'catalog.product.reject',
        outcome: 'denied',
        ip: '192.0.2.50',
        actorRoles: ['vendor:owner'],
        details: expect.objectContaining({ code: 'FORBIDDEN', reason: expect.any(String) }),
      }),
    ]);
    expect(rows.rows.every((r) => r.envelope.producer === 'catalog')).toBe(true);
  });
});
