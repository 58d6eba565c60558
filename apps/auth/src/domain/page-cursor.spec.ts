import { decodeCursor, encodeCursor } from './page-cursor';

describe('page cursor', () => {
  it('round-trips and refuses what it did not make', () => {
    const cursor = {
      createdAt: new Date('2026-11-21T03:00:00.000Z'),
      id: '3f9c1e7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c',
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor('not-a-cursor')).toBeUndefined();
  });
});
