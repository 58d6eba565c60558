import { DEMO_DELIVERY } from '@getit/testing';
import { AuthHarness, freshPhone } from './auth.harness';

jest.setTimeout(60_000);

const home = { label: 'Home', address: DEMO_DELIVERY };
const office = {
  label: 'Office',
  address: {
    ...home.address,
    division: 'Chattogram',
    district: 'Chittagong',
    area: 'Agrabad',
    postcode: '4100',
  },
};

describe('auth: saved delivery addresses (/me/addresses)', () => {
  // In a schema of its own, as in the embedded mode: raw SQL must name it.
  const auth = new AuthHarness({ DATABASE_SCHEMA: 'auth' });
  let shopper: string;
  let other: string;
  beforeAll(async () => {
    await auth.start();
    shopper = (await auth.otpLogin(freshPhone())).accessToken;
    other = (await auth.otpLogin(freshPhone())).accessToken;
  });
  afterAll(() => auth.stop());

  it('saves addresses in the reference spelling; the first is the default until another is marked', async () => {
    const first = await auth.post('/me/addresses', home, { as: shopper });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      label: 'Home',
      isDefault: true,
      address: { phone: '+8801712345678' },
    });
    const second = await auth.post('/me/addresses', { ...office, isDefault: true }, { as: shopper });
    expect(second.body).toMatchObject({
      isDefault: true,
      address: { division: 'Chattogram', district: 'Chattogram', postcode: '4100' },
    });
    const list = await auth.get('/me/addresses', { as: shopper });
    expect(list.body.items.map((a: { label: string; isDefault: boolean }) => [a.label, a.isDefault])).toEqual(
      [
        ['Office', true],
        ['Home', false],
      ],
    );

    const renamed = await auth.request('PUT', `/me/addresses/${first.body.id}`, {
      as: shopper,
      body: { ...home, label: 'Mother’s house' },
    });
    expect(renamed.body).toMatchObject({ label: 'Mother’s house', isDefault: false });

    // Deleting the default hands it to the newest address left.
    expect((await auth.request('DELETE', `/me/addresses/${second.body.id}`, { as: shopper })).status).toBe(
      204,
    );
    const after = await auth.get('/me/addresses', { as: shopper });
    expect(after.body.items).toEqual([expect.objectContaining({ id: first.body.id, isDefault: true })]);
  });

  it('answers problem+json naming each wrong field', async () => {
    const wrong = await auth.post(
      '/me/addresses',
      { label: '', address: { ...home.address, phone: '12345', district: 'Sylhet', postcode: '12' } },
      { as: shopper },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'address.phone',
      'address.postcode',
      'label',
    ]);
    const notInDivision = await auth.post(
      '/me/addresses',
      { ...home, address: { ...home.address, district: 'Sylhet' } },
      { as: shopper },
    );
    expect(notInDivision.body.errors).toEqual([
      { field: 'address.district', reason: 'is in Sylhet division, not Dhaka' },
    ]);
  });

  it("keeps each person's addresses their own: another shopper can neither see, change nor delete them", async () => {
    const mine = await auth.get('/me/addresses', { as: shopper });
    const id = mine.body.items[0].id;
    expect((await auth.get('/me/addresses', { as: other })).body.items).toEqual([]);
    expect((await auth.request('PUT', `/me/addresses/${id}`, { as: other, body: home })).status).toBe(404);
    expect((await auth.request('DELETE', `/me/addresses/${id}`, { as: other })).status).toBe(404);
    expect((await auth.get('/me/addresses')).status).toBe(401);
  });

  it('keeps at most 10 addresses per shopper, even when saved at once', async () => {
    const token = (await auth.otpLogin(freshPhone())).accessToken;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        auth.post('/me/addresses', { ...home, label: `Place ${i}` }, { as: token }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(10);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(2);
    expect(refused[0]!.body.detail).toContain('up to 10 addresses');
    const list = await auth.get('/me/addresses', { as: token });
    expect(list.body.items).toHaveLength(10);
    expect(list.body.items.filter((a: { isDefault: boolean }) => a.isDefault)).toHaveLength(1);
  });
});
