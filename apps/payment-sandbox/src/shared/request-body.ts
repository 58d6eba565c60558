/** A parsed JSON or form body read field by field; anything that is not an object reads as empty. */
export class RequestBody {
  private readonly fields: Record<string, unknown>;

  constructor(body: unknown) {
    this.fields =
      body !== null && typeof body === 'object' && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : {};
  }

  /** A non-blank string field, trimmed; undefined when absent, blank or not a string. */
  text(name: string): string | undefined {
    const value = this.fields[name];
    if (typeof value !== 'string') return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  raw(name: string): unknown {
    return this.fields[name];
  }

  has(name: string): boolean {
    return this.fields[name] !== undefined && this.fields[name] !== null && this.fields[name] !== '';
  }
}
