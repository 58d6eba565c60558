/**
 * Opaque keyset cursors: the sort key and id of the last item on a page, tagged with the ordering they belong to,
 * so a cursor from one ordering is refused by another. Stable while products are added, unlike an offset.
 */
export type CursorOrder = 'newest' | 'price_asc' | 'price_desc' | 'queue' | 'shops';

export interface ListingCursor {
  order: CursorOrder;
  /** An ISO timestamp for time orderings, a poisha amount for price orderings. */
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIME_ORDERS: readonly CursorOrder[] = ['newest', 'queue', 'shops'];

export function encodeCursor(cursor: ListingCursor): string {
  return Buffer.from(`${cursor.order}|${cursor.key}|${cursor.id}`).toString('base64url');
}

export function decodeCursor(cursor: string, order: CursorOrder): ListingCursor | undefined {
  const [tag, key, id, extra] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (tag !== order || key === undefined || !id || extra !== undefined || !UUID.test(id)) return undefined;
  if (TIME_ORDERS.includes(order)) {
    if (Number.isNaN(new Date(key).getTime()) || !/^\d{4}-\d\d-\d\dT/.test(key)) return undefined;
  } else if (!/^\d{1,16}$/.test(key)) {
    return undefined;
  }
  return { order, key, id };
}
