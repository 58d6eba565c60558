/** `node:crypto` in the browser bundles: the one function shared code takes from it, from Web Crypto. */
export const randomUUID = (): string => globalThis.crypto.randomUUID();
