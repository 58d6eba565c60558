export const PROVIDERS = ['bkash', 'nagad', 'sslcommerz'] as const;

/** The gateways the sandbox simulates. */
export type Provider = (typeof PROVIDERS)[number];
