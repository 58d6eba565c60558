import { Secret } from 'otpauth';

/** RFC 4648 base32 without padding (otpauth): how authenticator apps expect a TOTP secret. */
export function base32Encode(bytes: Uint8Array): string {
  return new Secret({ buffer: Uint8Array.from(bytes).buffer }).base32;
}

/** Decodes base32 (case-insensitive, padding and spaces ignored); undefined when it is not base32. */
export function base32Decode(text: string): Buffer | undefined {
  try {
    return Buffer.from(Secret.fromBase32(text).bytes);
  } catch {
    return undefined;
  }
}
