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

// ---- auth service HTTP API (service paths; the gateway serves them under /api) ----------------------------

const BD_MOBILE = /^(?:\+?880|0)1[3-9]\d{8}$/;
const BENGALI_DIGIT = /[\u09E6-\u09EF]/g;

/**
 * A Bangladeshi mobile number in E.164 (`+8801XXXXXXXXX`), or undefined. Accepts the local form `01…`, `880…`,
 * `+880…`, spaces and hyphens, and Bengali digits (০–৯).
 */
export function normaliseBdMobile(input: string): string | undefined {
  const compact = input
    .replace(/[\s-]/g, '')
    .replace(BENGALI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x09e6));
  return BD_MOBILE.test(compact) ? `+880${compact.slice(-10)}` : undefined;
}

/** Request field: a Bangladeshi mobile number in any common form, parsed to E.164. */
export const bdMobileNumber = z
  .string()
  .max(32)
  .transform((value, ctx) => {
    const e164 = normaliseBdMobile(value);
    if (e164) return e164;
    ctx.addIssue({
      code: 'custom',
      message: 'must be a Bangladeshi mobile number, e.g. 01712345678 or +8801712345678',
    });
    return z.NEVER;
  });

const emailAddress = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());
const sixDigits = z.string().regex(/^\d{6}$/, 'must be 6 digits');
const displayName = z.string().trim().min(1).max(100);
const locale = z.enum(['en', 'bn']);

/** POST /auth/otp/request: send a one-time code by SMS. The answer is the same whether the number has an account. */
export const otpRequestBody = z.object({ phone: bdMobileNumber }).strict();
export type OtpRequestBody = z.infer<typeof otpRequestBody>;
export const otpRequestAccepted = z.object({ expiresInSeconds: z.number().int() });
export type OtpRequestAccepted = z.infer<typeof otpRequestAccepted>;

/** POST /auth/otp/verify: log in (or sign up) with the code; `totp` when the account has TOTP turned on. */
export const otpVerifyBody = z
  .object({ phone: bdMobileNumber, code: sixDigits, totp: sixDigits.optional(), locale: locale.optional() })
  .strict();
export type OtpVerifyBody = z.infer<typeof otpVerifyBody>;

/** A token pair plus who it belongs to; `newUser` when this call created the account. */
export const authResult = tokenPair.extend({ userId: z.uuid(), newUser: z.boolean() });
export type AuthResult = z.infer<typeof authResult>;

/**
 * POST /auth/register: an account with a password. A phone must come with a code from /auth/otp/request (it
 * proves the number); an email alone is accepted unverified.
 */
export const registerBody = z
  .object({
    phone: bdMobileNumber.optional(),
    code: sixDigits.optional(),
    email: emailAddress.optional(),
    password: z.string().min(10).max(128),
    displayName: displayName.optional(),
    locale: locale.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.phone && !body.email)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'a phone or an email is required' });
    if (body.phone && !body.code)
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'is required with a phone' });
  });
export type RegisterBody = z.infer<typeof registerBody>;

/** POST /auth/login: phone or email, password, and a TOTP code when the account has TOTP turned on. */
export const loginBody = z
  .object({
    identifier: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(128),
    totp: sixDigits.optional(),
  })
  .strict();
export type LoginBody = z.infer<typeof loginBody>;

/** POST /auth/refresh: trade a refresh token for a new pair; the old one stops working. */
export const refreshBody = z.object({ refreshToken: z.string().min(1).max(200) }).strict();
export type RefreshBody = z.infer<typeof refreshBody>;

export const sessionView = z.object({
  id: z.uuid(),
  current: z.boolean(),
  amr: z.array(z.string()),
  ip: z.string().optional(),
  userAgent: z.string().optional(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  expiresAt: z.string(),
});
export type SessionView = z.infer<typeof sessionView>;
export const sessionList = z.object({ items: z.array(sessionView) });
export type SessionList = z.infer<typeof sessionList>;

/** POST /auth/mfa/totp/setup: a new secret to put in an authenticator app; confirm it with a code. */
export const totpSetupView = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  algorithm: z.literal('SHA1'),
  digits: z.literal(6),
  periodSeconds: z.literal(30),
});
export type TotpSetupView = z.infer<typeof totpSetupView>;
export const totpConfirmBody = z.object({ code: sixDigits }).strict();
export type TotpConfirmBody = z.infer<typeof totpConfirmBody>;

/** GET /auth/me */
export const meView = z.object({
  id: z.uuid(),
  phone: z.string().optional(),
  phoneVerified: z.boolean(),
  email: z.string().optional(),
  displayName: z.string().optional(),
  locale: locale,
  roles: z.array(roleSchema),
  vendorId: z.uuid().optional(),
  totpEnabled: z.boolean(),
  /** True for admins without TOTP: until it is set up their tokens lack `mfa` and admin routes refuse them. */
  totpRequired: z.boolean(),
  sessionId: z.uuid().optional(),
  mfa: z.boolean(),
});
export type MeView = z.infer<typeof meView>;

// ---- vendors ------------------------------------------------------------------------------------------------

export const VENDOR_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type VendorStatus = (typeof VENDOR_STATUSES)[number];
export const VENDOR_DOCUMENT_KINDS = [
  'trade-licence',
  'nid-front',
  'nid-back',
  'bank-statement',
  'other',
] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' }).max(2_000);
/** A document uploaded to auth (POST /vendors/documents answers this path, served on the gateway's origin). */
const uploadedDocumentPath = z
  .string()
  .regex(
    /^\/api\/vendors\/documents\/[0-9a-f-]{36}\.(?:pdf|jpg|png)$/,
    'must be an https URL or an uploaded document',
  );

export const vendorPayout = z.discriminatedUnion('method', [
  z.object({ method: z.enum(['bkash', 'nagad']), walletNumber: bdMobileNumber }).strict(),
  z
    .object({
      method: z.literal('bank'),
      bankName: text(100),
      branch: text(100),
      accountName: text(100),
      accountNumber: z.string().regex(/^\d{6,20}$/, 'must be 6 to 20 digits'),
    })
    .strict(),
]);
export type VendorPayout = z.infer<typeof vendorPayout>;

/** POST /vendors/applications: an authenticated user applies to sell; they become the vendor's owner. */
export const vendorApplicationBody = z
  .object({
    shopName: text(120),
    slug: z
      .string()
      .min(3)
      .max(60)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
    businessAddress: z
      .object({
        line1: text(200),
        line2: text(200).optional(),
        /** Division and district as in the reference lists; old spellings (Chittagong, Bogra…) are accepted. */
        division: text(40),
        district: text(40),
        postcode: z.string().regex(/^\d{4}$/, 'must be 4 digits'),
      })
      .strict(),
    tradeLicenceNumber: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9/-]{4,40}$/, 'must be 4 to 40 letters, digits, "/" or "-"'),
    ownerNid: z.string().regex(/^(?:\d{10}|\d{13}|\d{17})$/, 'must be 10, 13 or 17 digits'),
    payout: vendorPayout,
    documents: z
      .array(
        z
          .object({ kind: z.enum(VENDOR_DOCUMENT_KINDS), url: z.union([httpsUrl, uploadedDocumentPath]) })
          .strict(),
      )
      .min(1)
      .max(10),
  })
  .strict();
export type VendorApplicationBody = z.infer<typeof vendorApplicationBody>;

export const vendorMemberView = z.object({
  userId: z.uuid(),
  role: z.enum(['owner', 'manager', 'staff']),
  phone: z.string().optional(),
  displayName: z.string().optional(),
  addedAt: z.string(),
});
export type VendorMemberView = z.infer<typeof vendorMemberView>;

export const vendorView = z.object({
  id: z.uuid(),
  shopName: z.string(),
  slug: z.string(),
  status: z.enum(VENDOR_STATUSES),
  businessAddress: z.object({
    line1: z.string(),
    line2: z.string().optional(),
    division: z.string(),
    district: z.string(),
    postcode: z.string(),
  }),
  tradeLicenceNumber: z.string(),
  /** Admins see the full NID; the vendor's own staff see the last four digits. */
  ownerNid: z.string(),
  payout: z.record(z.string(), z.string()),
  documents: z.array(z.object({ kind: z.string(), url: z.string() })),
  decisionReason: z.string().optional(),
  decidedAt: z.string().optional(),
  version: z.number().int(),
  members: z.array(vendorMemberView),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VendorView = z.infer<typeof vendorView>;

/** POST /vendors/:vendorId/staff: owners add managers or staff, managers add staff, by mobile number. */
export const addVendorStaffBody = z
  .object({ phone: bdMobileNumber, role: z.enum(['manager', 'staff']), displayName: displayName.optional() })
  .strict();
export type AddVendorStaffBody = z.infer<typeof addVendorStaffBody>;

/** GET /admin/vendors */
export const adminVendorsQuery = z
  .object({
    status: z.enum(VENDOR_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(200).optional(),
  })
  .strict();
export type AdminVendorsQuery = z.infer<typeof adminVendorsQuery>;
export const vendorPage = z.object({ items: z.array(vendorView), nextCursor: z.string().nullable() });
export type VendorPage = z.infer<typeof vendorPage>;

/** POST /admin/vendors/:vendorId/{approve,reinstate}: a note is optional. */
export const vendorDecisionBody = z.object({ reason: text(1_000).optional() }).strict();
/** POST /admin/vendors/:vendorId/{reject,suspend}: the reason is required and is told to the vendor. */
export const vendorDecisionWithReasonBody = z.object({ reason: text(1_000) }).strict();
export type VendorDecisionBody = z.infer<typeof vendorDecisionBody>;

// ---- admin ----------------------------------------------------------------------------------------------------

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;

/** GET /admin/audit: newest first; `action` matches exactly or, ending in `*`, as a prefix (`vendor.*`). */
export const auditQuery = z
  .object({
    actorId: z.uuid().optional(),
    action: z
      .string()
      .regex(/^[a-z0-9.-]+\*?$/, 'must be an action name, optionally ending in *')
      .max(80)
      .optional(),
    targetType: z
      .string()
      .regex(/^[a-z-]+$/)
      .max(40)
      .optional(),
    targetId: z.string().max(100).optional(),
    outcome: z.enum(AUDIT_OUTCOMES).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(40).optional(),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntryView = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actorId: z.string().optional(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  targetType: z.string().optional(),
  targetId: z.string().optional(),
  outcome: z.enum(AUDIT_OUTCOMES),
  ip: z.string().optional(),
  correlationId: z.string().optional(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof auditEntryView>;
export const auditPage = z.object({ items: z.array(auditEntryView), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPage>;

/** POST /admin/keys/rotate */
export const keyRotationResult = z.object({ kid: z.string(), previousKid: z.string().optional() });
export type KeyRotationResult = z.infer<typeof keyRotationResult>;

/** GET /.well-known/jwks.json: the current signing key and the previous one (RFC 7517). */
export const jsonWebKeySet = z.object({
  keys: z.array(
    z.object({
      kty: z.literal('EC'),
      crv: z.literal('P-256'),
      x: z.string(),
      y: z.string(),
      kid: z.string(),
      alg: z.literal('ES256'),
      use: z.literal('sig'),
    }),
  ),
});
export type JsonWebKeySet = z.infer<typeof jsonWebKeySet>;
