/** An opaque keyset cursor (created_at, id): stable while products are added, unlike an offset. */
export interface ProductCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor({ createdAt, id }: ProductCursor): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): ProductCursor | undefined {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) return undefined;
  return { createdAt, id };
}
