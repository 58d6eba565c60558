/**
 * True when a database error is a unique violation of the named constraint. Prisma wraps driver errors from raw
 * queries (P2010) with the Postgres message inside, so the check reads the error's text and metadata.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof Error)) return false;
  const meta = (error as { meta?: unknown }).meta;
  const text = `${error.message} ${meta ? JSON.stringify(meta) : ''}`;
  return (text.includes('23505') || /unique constraint/i.test(text)) && text.includes(constraint);
}
