import { adminToken, createAdmin, vendorApplication } from './admin.fixtures';
import { AuthHarness, freshPhone } from './auth.harness';

jest.setTimeout(90_000);

describe('auth: vendor onboarding and admin decisions', () => {
  const auth = new AuthHarness();
  let ops: string;
  let finance: string;
  beforeAll(async () => {
    await auth.start();
    ops = await adminToken(auth, await createAdmin(auth, 'admin:operations', { totp: true }));
    finance = await adminToken(auth, await createAdmin(auth, 'admin:finance', { totp: true }));
  });
  afterAll(() => auth.stop());

  /** A shopper applies; after a refresh their token carries vendor:owner and the vendor id. */
  async function applyAsNewOwner(overrides: Record<string, unknown> = {}) {
    const phone = freshPhone();
    const login = await auth.otpLogin(phone);
    const applied = await auth.post('/vendors/applications', vendorApplication(overrides), {
      as: login.accessToken,
    });
    if (applied.status !== 201) throw new Error(JSON.stringify(applied.body));
    const refreshed = await auth.post('/auth/refresh', { refreshToken: login.refreshToken });
    return {
      vendor: applied.body,
      token: refreshed.body.accessToken as string,
      phone,
      userId: login.userId as string,
    };
  }

  it('an applicant becomes the owner of a pending vendor, with the address in today’s spellings', async () => {
    const { vendor, token, userId } = await applyAsNewOwner({
      businessAddress: {
        line1: 'Agrabad C/A',
        division: 'Chittagong',
        district: 'Chittagong',
        postcode: '4100',
      },
    });
    expect(vendor).toMatchObject({
      status: 'pending',
      version: 1,
      businessAddress: { division: 'Chattogram', district: 'Chattogram', postcode: '4100' },
      ownerNid: '1990123456789',
      payout: { method: 'bkash', walletNumber: '+8801712345678' },
      members: [{ userId, role: 'owner' }],
    });
    expect(await auth.verify(token)).toMatchObject({
      roles: ['shopper', 'vendor:owner'],
      vendorId: vendor.id,
    });
  });

  it('refuses a bad application with 400 naming each field', async () => {
    const { accessToken } = await auth.otpLogin(freshPhone());
    const response = await auth.post(
      '/vendors/applications',
      vendorApplication({
        ownerNid: '12345678901',
        payout: { method: 'nagad', walletNumber: '12345' },
        documents: [{ kind: 'trade-licence', url: 'http://insecure.example.com/licence.pdf' }],
        vatNumber: 'nope',
      }),
      { as: accessToken },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'documents.0.url',
      'ownerNid',
      'payout.walletNumber',
      'vatNumber',
    ]);
    const address = await auth.post(
      '/vendors/applications',
      vendorApplication({
        businessAddress: { line1: 'x', division: 'Dhaka', district: 'Comilla', postcode: '3500' },
      }),
      { as: accessToken },
    );
    expect(address.body.errors).toEqual([
      { field: 'businessAddress.district', reason: 'is in Chattogram division, not Dhaka' },
    ]);
    const anonymous = await auth.post('/vendors/applications', vendorApplication());
    expect(anonymous.status).toBe(401);
  });

  it('refuses a taken slug and a second vendor for one person', async () => {
    const { vendor, token } = await applyAsNewOwner();
    const again = await auth.post('/vendors/applications', vendorApplication(), { as: token });
    expect(again.status).toBe(409);
    const { accessToken } = await auth.otpLogin(freshPhone());
    const taken = await auth.post('/vendors/applications', vendorApplication({ slug: vendor.slug }), {
      as: accessToken,
    });
    expect(taken).toMatchObject({ status: 409, body: { field: 'slug' } });
  });

  it('shows a vendor only to its own staff and to admins with MFA', async () => {
    const a = await applyAsNewOwner();
    const b = await applyAsNewOwner();
    expect((await auth.get(`/vendors/${a.vendor.id}`, { as: a.token })).status).toBe(200);
    expect((await auth.get(`/vendors/${a.vendor.id}`, { as: b.token })).status).toBe(404);
    // A forged vendor header does not help: auth checks membership in its own records too.
    const headers = await auth.identityHeaders(b.token);
    const forged = await auth.get(`/vendors/${a.vendor.id}`, {
      headers: { ...headers, 'x-vendor-id': a.vendor.id },
    });
    expect(forged.status).toBe(404);
    const shopper = await auth.otpLogin(freshPhone());
    expect((await auth.get(`/vendors/${a.vendor.id}`, { as: shopper.accessToken })).status).toBe(404);
    expect((await auth.get(`/vendors/${a.vendor.id}`, { as: finance })).body.ownerNid).toBe('1990123456789');
    const noMfa = await auth.get(`/vendors/${a.vendor.id}`, {
      headers: { ...(await auth.identityHeaders(finance)), 'x-actor-mfa': 'false' },
    });
    expect(noMfa.status).toBe(404);
    expect((await auth.get('/vendors/not-a-uuid', { as: a.token })).body.errors).toEqual([
      { field: 'vendorId', reason: 'must be a valid UUID' },
    ]);
  });

  it('owners add managers and staff, managers add staff, staff add nobody', async () => {
    const owner = await applyAsNewOwner();
    const managerPhone = freshPhone();
    const added = await auth.post(
      `/vendors/${owner.vendor.id}/staff`,
      { phone: managerPhone, role: 'manager' },
      { as: owner.token },
    );
    expect(added).toMatchObject({
      status: 201,
      body: { role: 'manager', phone: `+880${managerPhone.slice(1)}` },
    });

    const manager = await auth.otpLogin(managerPhone);
    expect(await auth.verify(manager.accessToken)).toMatchObject({
      roles: ['shopper', 'vendor:manager'],
      vendorId: owner.vendor.id,
    });
    const asManager = (phone: string, role: string) =>
      auth.post(`/vendors/${owner.vendor.id}/staff`, { phone, role }, { as: manager.accessToken });
    expect((await asManager(freshPhone(), 'manager')).status).toBe(403);
    const staffPhone = freshPhone();
    expect((await asManager(staffPhone, 'staff')).status).toBe(201);

    const staff = await auth.otpLogin(staffPhone);
    const view = await auth.get(`/vendors/${owner.vendor.id}`, { as: staff.accessToken });
    expect(view.body.ownerNid).toBe('*********6789');
    expect(view.body.members.map((m: any) => m.role)).toEqual(['owner', 'manager', 'staff']);
    const byStaff = await auth.post(
      `/vendors/${owner.vendor.id}/staff`,
      { phone: freshPhone(), role: 'staff' },
      { as: staff.accessToken },
    );
    expect(byStaff.status).toBe(403);

    expect((await asManager(owner.phone, 'staff')).status).toBe(409);
    const other = await applyAsNewOwner();
    const elsewhere = await auth.post(
      `/vendors/${owner.vendor.id}/staff`,
      { phone: freshPhone(), role: 'staff' },
      { as: other.token },
    );
    expect(elsewhere.status).toBe(404);
  });

  it('owners remove members, never themselves; the removed member loses the vendor at their next refresh', async () => {
    const owner = await applyAsNewOwner();
    const staffPhone = freshPhone();
    const add = (phone: string, role: string) =>
      auth.post(`/vendors/${owner.vendor.id}/staff`, { phone, role }, { as: owner.token });
    expect((await add(staffPhone, 'staff')).status).toBe(201);
    const managerPhone = freshPhone();
    expect((await add(managerPhone, 'manager')).status).toBe(201);
    const staff = await auth.otpLogin(staffPhone);
    const manager = await auth.otpLogin(managerPhone);
    const remove = (userId: string, as: string) =>
      auth.request('DELETE', `/vendors/${owner.vendor.id}/staff/${userId}`, { as });

    expect((await remove(staff.userId, manager.accessToken)).status).toBe(403);
    const self = await remove(owner.userId, owner.token);
    expect(self).toMatchObject({
      status: 409,
      body: { detail: 'You cannot remove yourself.', field: 'userId', reason: 'self' },
    });
    expect(self.headers.get('content-type')).toContain('application/problem+json');
    const stranger = await applyAsNewOwner();
    expect((await remove(stranger.userId, owner.token)).status).toBe(404);

    expect((await remove(staff.userId, owner.token)).status).toBe(204);
    expect((await remove(staff.userId, owner.token)).status).toBe(404);
    const view = await auth.get(`/vendors/${owner.vendor.id}`, { as: owner.token });
    expect(view.body.members.map((m: any) => m.role)).toEqual(['owner', 'manager']);
    const refreshed = await auth.post('/auth/refresh', { refreshToken: staff.refreshToken });
    const claims = await auth.verify(refreshed.body.accessToken);
    expect(claims?.roles).toEqual(['shopper']);
    expect(claims?.vendorId).toBeUndefined();
    const audit = await auth.query(
      `select outcome from audit_log where action = 'vendor.staff.remove' and target_id = $1`,
      [owner.vendor.id],
    );
    expect(audit).toEqual([{ outcome: 'success' }]);
  });

  it('operations admins approve, suspend with a reason and reinstate; each decision is audited and published', async () => {
    const { vendor } = await applyAsNewOwner({
      businessAddress: { line1: 'Zindabazar', division: 'Sylhet', district: 'Sylhet', postcode: '3100' },
    });
    const approved = await auth.post(`/admin/vendors/${vendor.id}/approve`, undefined, { as: ops });
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved', version: 2 } });
    expect(
      (await auth.post(`/admin/vendors/${vendor.id}/reject`, { reason: 'late' }, { as: ops })).status,
    ).toBe(409);
    const noReason = await auth.post(`/admin/vendors/${vendor.id}/suspend`, {}, { as: ops });
    expect(noReason.body.errors).toEqual([{ field: 'reason', reason: 'is required' }]);
    const suspended = await auth.post(
      `/admin/vendors/${vendor.id}/suspend`,
      { reason: 'Counterfeit listings' },
      { as: ops },
    );
    expect(suspended.body).toMatchObject({
      status: 'suspended',
      version: 3,
      decisionReason: 'Counterfeit listings',
    });
    const reinstated = await auth.post(`/admin/vendors/${vendor.id}/reinstate`, {}, { as: ops });
    expect(reinstated.body).toMatchObject({ status: 'approved', version: 4 });

    const events = (await auth.outbox()).filter((e) => e.key === vendor.id);
    expect(events.map((e) => [e.type, e.data.version])).toEqual([
      ['auth.vendor-approved.v1', 2],
      ['auth.vendor-suspended.v1', 3],
      ['auth.vendor-reinstated.v1', 4],
    ]);
    expect(events[0].data).toMatchObject({
      district: 'Sylhet',
      payoutMethod: 'bkash',
      shopName: vendor.shopName,
    });
    expect(events[1].data.reason).toBe('Counterfeit listings');

    const audit = await auth.get(`/admin/audit?targetId=${vendor.id}&action=vendor.*`, { as: finance });
    expect(audit.body.items.map((e: any) => `${e.action}:${e.outcome}`)).toEqual([
      'vendor.reinstate:success',
      'vendor.suspend:success',
      'vendor.approve:success',
      'vendor.apply:success',
    ]);
    expect(audit.body.items[1]).toMatchObject({
      actorRoles: ['admin:operations'],
      details: { from: 'approved', to: 'suspended', reason: 'Counterfeit listings' },
      ip: expect.any(String),
    });
  });

  it('lets only operations and super-admins decide, and rejects with a reason', async () => {
    const { vendor, token } = await applyAsNewOwner();
    expect((await auth.post(`/admin/vendors/${vendor.id}/approve`, undefined, { as: finance })).status).toBe(
      403,
    );
    expect((await auth.post(`/admin/vendors/${vendor.id}/approve`, undefined, { as: token })).status).toBe(
      403,
    );
    const rejected = await auth.post(
      `/admin/vendors/${vendor.id}/reject`,
      { reason: 'Trade licence expired' },
      { as: ops },
    );
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: 'Trade licence expired' });
    const [event] = await auth.outbox('auth.vendor-rejected.v1');
    expect(event.data).toMatchObject({ vendorId: vendor.id, reason: 'Trade licence expired', version: 2 });
    expect((await auth.post(`/admin/vendors/${vendor.id}/reinstate`, {}, { as: ops })).status).toBe(409);
  });

  it('lists vendors by status for admins, a page at a time', async () => {
    for (let i = 0; i < 3; i++) await applyAsNewOwner();
    const first = await auth.get('/admin/vendors?status=pending&limit=2', { as: finance });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items.every((v: any) => v.status === 'pending')).toBe(true);
    const second = await auth.get(`/admin/vendors?status=pending&limit=2&cursor=${first.body.nextCursor}`, {
      as: finance,
    });
    const ids = [...first.body.items, ...second.body.items].map((v: any) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await auth.get('/admin/vendors?status=open', { as: finance })).body.errors[0].field).toBe(
      'status',
    );
  });
});
