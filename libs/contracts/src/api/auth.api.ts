import { z } from 'zod';

/**
 * Roles carried in access tokens. Vendor roles apply to the token's `vendorId` only; admin roles need `mfa` in
 * `amr` before the gateway lets them through an admin route.
 */
export const ROLES = [
  'shopper',
  'vendor:owner',
  'vendor:manager',
  'vendor:staff',
  'admin:super-admin',
  'admin:operations',
  'admin:finance',
  'admin:support',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * The claims of an access token: ES256-signed JWT, `kid` in the header, keys published at auth's
 * `/.well-known/jwks.json`, lifetime 15 minutes.
 */
export const accessTokenClaims = z.object({
  iss: z.literal('getit-auth'),
  aud: z.literal('getit-api'),
  sub: z.uuid(),
  sid: z.uuid(),
  roles: z.array(roleSchema).min(1),
  vendorId: z.uuid().optional(),
  /** How the person proved who they are: 'pwd' password, 'otp' SMS code, 'mfa' a second factor (TOTP). */
  amr: z.array(z.enum(['pwd', 'otp', 'mfa'])).min(1),
  iat: z.number().int(),
  exp: z.number().int(),
});
export type AccessTokenClaims = z.infer<typeof accessTokenClaims>;

/** Headers the gateway sets for services after verifying a token (and strips from every client request). */
export const IDENTITY_HEADERS = {
  actorId: 'x-actor-id',
  roles: 'x-actor-roles',
  vendorId: 'x-vendor-id',
  mfa: 'x-actor-mfa',
  sessionId: 'x-session-id',
} as const;

export const tokenPair = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int(),
});
export type TokenPair = z.infer<typeof tokenPair>;
