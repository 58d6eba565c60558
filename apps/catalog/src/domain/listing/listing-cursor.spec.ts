import { decodeCursor, encodeCursor } from './listing-cursor';

const id = '6a1f1d0e-1b4e-4c55-9a43-2f4f8f0d2c01';

describe('listing cursor', () => {
  it('round-trips the position of the last product on a page, per ordering', () => {
    const newest = { order: 'newest' as const, key: '2026-11-21T04:00:00.123Z', id };
    expect(decodeCursor(encodeCursor(newest), 'newest')).toEqual(newest);
    const cheapest = { order: 'price_asc' as const, key: '125000', id };
    expect(decodeCursor(encodeCursor(cheapest), 'price_asc')).toEqual(cheapest);
  });

  it('refuses a cursor handed out for another ordering', () => {
    expect(decodeCursor(encodeCursor({ order: 'price_asc', key: '100', id }), 'price_desc')).toBeUndefined();
    expect(
      decodeCursor(encodeCursor({ order: 'newest', key: '2026-01-01T00:00:00.000Z', id }), 'price_asc'),
    ).toBeUndefined();
  });

  it('refuses a cursor that was tampered with', () => {
    expect(decodeCursor('bm90LWEtY3Vyc29y', 'newest')).toBeUndefined();
    expect(decodeCursor('', 'newest')).toBeUndefined();
    expect(
      decodeCursor(Buffer.from(`price_asc|12.5|${id}`).toString('base64url'), 'price_asc'),
    ).toBeUndefined();
    expect(
      decodeCursor(Buffer.from(`newest|yesterday|${id}`).toString('base64url'), 'newest'),
    ).toBeUndefined();
  });
});
