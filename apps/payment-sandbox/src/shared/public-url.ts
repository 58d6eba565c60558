/**
 * The address browsers use for the sandbox's checkout pages. Known only once the server listens when the
 * port is chosen by the OS, so services hold this and read it when they build a URL.
 */
export class PublicUrl {
  private base = '';

  set(base: string): void {
    this.base = base.replace(/\/+$/, '');
  }

  to(path: string): string {
    if (!this.base) throw new Error('the public URL is not known before the server listens');
    return `${this.base}${path.startsWith('/') ? path : `/${path}`}`;
  }
}
