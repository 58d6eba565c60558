import { adminToken, createAdmin, vendorApplication } from './admin.fixtures';
import { AuthHarness, freshPhone } from './auth.harness';

jest.setTimeout(90_000);

/**
 * Admins deciding on one vendor at the same moment, on a real Postgres: the decision moves the vendor only from
 * the version it read, so exactly one decision is taken, published and audited, and every other one answers 409
 * problem+json asking to reload, never 500.
 */
describe('vendor decisions under concurrency', () => {
  const auth = new AuthHarness({ DATABASE_POOL_MAX: '12' });
  let ops: string;

  beforeAll(async () => {
    await auth.start();
    ops = await adminToken(auth, await createAdmin(auth, 'admin:operations', { totp: true }));
  });
  afterAll(() => auth.stop());

  async function pendingVendor(): Promise<string> {
    const login = await auth.otpLogin(freshPhone());
    const applied = await auth.post('/vendors/applications', vendorApplication(), { as: login.accessToken });
    expect(applied.status).toBe(201);
    return applied.body.id;
  }

  it('takes one of ten approvals and rejections sent together, and refuses the nine others with 409', async () => {
    const vendorId = await pendingVendor();
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2
          ? auth.post(`/admin/vendors/${vendorId}/approve`, undefined, { as: ops })
          : auth.post(
              `/admin/vendors/${vendorId}/reject`,
              { reason: 'Trade licence unreadable' },
              { as: ops },
            ),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    for (const lost of replies.filter((r) => r.status === 409)) {
      expect(lost.headers.get('content-type')).toContain('application/problem+json');
      expect(lost.body).toMatchObject({ status: 409, code: 'CONFLICT' });
    }
    const winner = replies.find((r) => r.status === 200)!.body;
    expect(winner).toMatchObject({ version: 2 });
    expect(['approved', 'rejected']).toContain(winner.status);

    const [stored] = await auth.query('SELECT status, version FROM vendors WHERE id = $1', [vendorId]);
    expect(stored).toEqual({ status: winner.status, version: 2 });
    const events = (await auth.outbox()).filter(
      (e) => e.key === vendorId && e.type.startsWith('auth.vendor-'),
    );
    expect(events.map((e) => [e.type, e.data.version])).toEqual([
      [winner.status === 'approved' ? 'auth.vendor-approved.v1' : 'auth.vendor-rejected.v1', 2],
    ]);
    const audited = await auth.get(`/admin/audit?targetId=${vendorId}&action=vendor.*&outcome=success`, {
      as: ops,
    });
    expect(audited.body.items.map((e: any) => e.action).filter((a: string) => a !== 'vendor.apply')).toEqual([
      winner.status === 'approved' ? 'vendor.approve' : 'vendor.reject',
    ]);
  });

  it('suspends an approved vendor once when five suspensions arrive together', async () => {
    const vendorId = await pendingVendor();
    expect((await auth.post(`/admin/vendors/${vendorId}/approve`, undefined, { as: ops })).status).toBe(200);
    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        auth.post(`/admin/vendors/${vendorId}/suspend`, { reason: 'Counterfeit listings' }, { as: ops }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const [stored] = await auth.query('SELECT status, version FROM vendors WHERE id = $1', [vendorId]);
    expect(stored).toEqual({ status: 'suspended', version: 3 });
  });
});
