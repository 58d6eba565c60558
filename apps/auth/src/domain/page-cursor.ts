/** An opaque keyset cursor (created_at, id): stable while rows are added, unlike an offset. */
export interface PageCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor({ createdAt, id }: PageCursor): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): PageCursor | undefined {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) return undefined;
  return { createdAt, id };
}
