import { VendorApplicationBody } from '@getit/contracts';

/**
 * Demo accounts for the embedded mode (SEED_DEMO_DATA=true, refused in production). Their passwords and the
 * admin's TOTP secret are published here on purpose: they exist so people can try the marketplace.
 */
export const DEMO_ADMIN = {
  email: 'admin@demo.getit.com.bd',
  password: 'demo-Admin-pass-2026',
  displayName: 'Demo Super Admin',
  /** Base32, as authenticator apps take it (20 bytes). */
  totpSecret: 'GETITDEMOADMINTOTPSECRETKEY23456',
};

export const DEMO_SHOPPER = {
  phone: '+8801911000003',
  password: 'demo-Shopper-pass-2026',
  displayName: 'Nusrat Jahan',
};

interface DemoVendor {
  /** The vendor ids of the demo catalog (apps/embedded/src/demo-catalog.ts DEMO_VENDORS); a test keeps them equal. */
  id: string;
  owner: { phone: string; password: string; displayName: string };
  application: VendorApplicationBody;
}

export const DEMO_VENDORS: DemoVendor[] = [
  {
    id: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22',
    owner: { phone: '+8801711000001', password: 'demo-Tangail-owner-2026', displayName: 'Rahima Begum' },
    application: {
      shopName: 'Tangail Tant Ghar',
      slug: 'tangail-tant-ghar',
      businessAddress: {
        line1: 'Bazitpur Tant Palli',
        division: 'Dhaka',
        district: 'Tangail',
        postcode: '1900',
      },
      tradeLicenceNumber: 'TGL-2019-04417',
      ownerNid: '1987654321',
      payout: { method: 'bkash', walletNumber: '+8801711000001' },
      documents: [
        { kind: 'trade-licence', url: 'https://docs.demo.getit.com.bd/tangail-tant-ghar/licence.pdf' },
      ],
    },
  },
  {
    id: '3f9c1e7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c',
    owner: { phone: '+8801811000002', password: 'demo-Gadgets-owner-2026', displayName: 'Karim Hossain' },
    application: {
      shopName: 'Dhaka Gadgets',
      slug: 'dhaka-gadgets',
      businessAddress: {
        line1: 'House 12, Road 5, Dhanmondi',
        division: 'Dhaka',
        district: 'Dhaka',
        postcode: '1205',
      },
      tradeLicenceNumber: 'DSCC-0523-88213',
      ownerNid: '19901234567890123',
      payout: {
        method: 'bank',
        bankName: 'Dutch-Bangla Bank',
        branch: 'Dhanmondi',
        accountName: 'Dhaka Gadgets',
        accountNumber: '1051100012345',
      },
      documents: [{ kind: 'trade-licence', url: 'https://docs.demo.getit.com.bd/dhaka-gadgets/licence.pdf' }],
    },
  },
];

const local = (e164: string) => `0${e164.slice(4)}`;

/** What the embedded host prints so people can log in. */
export function demoLoginLines(authUrl: string): string[] {
  return [
    'Demo logins (POST /api/auth/login with {"identifier", "password"}; admins add "totp"):',
    `  super-admin   ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
    `                TOTP secret ${DEMO_ADMIN.totpSecret} (add it to an authenticator app, or: oathtool --totp -b ${DEMO_ADMIN.totpSecret})`,
    ...DEMO_VENDORS.map(
      (v) =>
        `  vendor owner  ${local(v.owner.phone)} / ${v.owner.password}   (${v.application.shopName}, vendor ${v.id})`,
    ),
    `  shopper       ${local(DEMO_SHOPPER.phone)} / ${DEMO_SHOPPER.password}`,
    `  SMS codes (POST /api/auth/otp/request) are not sent: read them at ${authUrl}/dev/sms?phone=${local(DEMO_SHOPPER.phone)}`,
  ];
}
