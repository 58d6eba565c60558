import { decodeCursor, encodeCursor } from './product-cursor';

describe('product cursor', () => {
  it('round-trips the position of the last product on a page', () => {
    const position = {
      createdAt: new Date('2026-11-21T04:00:00.123Z'),
      id: '6a1f1d0e-1b4e-4c55-9a43-2f4f8f0d2c01',
    };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('rejects a cursor that was tampered with', () => {
    expect(decodeCursor('bm90LWEtY3Vyc29y')).toBeUndefined();
    expect(decodeCursor('')).toBeUndefined();
  });
});
