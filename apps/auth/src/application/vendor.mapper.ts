import { VendorMemberView, VendorView } from '@getit/contracts';
import { VendorRow } from '../infrastructure/auth-prisma';
import { VendorMemberWithUser } from '../infrastructure/vendors.repository';

/** Admins and the owner see KYC data in full; managers and staff see the last four digits. */
export type VendorAudience = 'full' | 'masked';

const mask = (value: string) => `${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;

export function toMemberView({ member, user }: VendorMemberWithUser): VendorMemberView {
  return {
    userId: member.userId,
    role: member.role as VendorMemberView['role'],
    phone: user.phone ?? undefined,
    displayName: user.displayName ?? undefined,
    addedAt: member.createdAt.toISOString(),
  };
}

export function toVendorView(
  row: VendorRow,
  members: VendorMemberWithUser[],
  audience: VendorAudience,
): VendorView {
  const payout = { ...(row.payout as Record<string, string>) };
  if (audience === 'masked' && payout['accountNumber'])
    payout['accountNumber'] = mask(payout['accountNumber']);
  return {
    id: row.id,
    shopName: row.shopName,
    slug: row.slug,
    status: row.status as VendorView['status'],
    businessAddress: {
      line1: row.addressLine1,
      line2: row.addressLine2 ?? undefined,
      division: row.division,
      district: row.district,
      postcode: row.postcode,
    },
    tradeLicenceNumber: row.tradeLicenceNumber,
    ownerNid: audience === 'full' ? row.ownerNid : mask(row.ownerNid),
    payout,
    documents: row.documents as VendorView['documents'],
    decisionReason: row.decisionReason ?? undefined,
    decidedAt: row.decidedAt?.toISOString(),
    version: row.version,
    members: members.map(toMemberView),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
