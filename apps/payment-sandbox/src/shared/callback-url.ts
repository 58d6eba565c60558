/** Builds merchant callback URLs the way the providers do: the merchant's own query parameters are kept. */
export class CallbackUrl {
  static with(base: string, params: Record<string, string>): string {
    const url = new URL(base);
    for (const [key, value] of Object.entries(params)) url.searchParams.append(key, value);
    return url.toString();
  }

  /** An absolute http(s) URL of at most `maxLength` characters. */
  static isValid(value: unknown, maxLength = 2048): value is string {
    if (typeof value !== 'string' || value.length > maxLength || !URL.canParse(value)) return false;
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  }
}
