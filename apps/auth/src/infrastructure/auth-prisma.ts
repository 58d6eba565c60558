export { PrismaClient as AuthPrismaClient, Prisma } from './prisma/generated/client';
export type {
  AuditEntry as AuditRow,
  OtpChallenge as OtpChallengeRow,
  RefreshToken as RefreshTokenRow,
  Session as SessionRow,
  SigningKey as SigningKeyRow,
  SmsMessage as SmsMessageRow,
  User as UserRow,
  Vendor as VendorRow,
  VendorMember as VendorMemberRow,
} from './prisma/generated/client';
import type { PrismaClient } from './prisma/generated/client';

/** The transaction client Prisma hands to interactive transactions. */
export type AuthTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** The client or a transaction: repository writes that may join a caller's transaction take this. */
export type AuthDb = PrismaClient | AuthTx;
