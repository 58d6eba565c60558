/** How each vendor and product status reads at a glance. */
export const VENDOR_TONE = { pending: 'warn', approved: 'good', rejected: 'bad', suspended: 'bad' } as const;

export const PRODUCT_TONE: Record<string, 'good' | 'bad' | 'warn' | 'neutral'> = {
  draft: 'neutral',
  pending_review: 'warn',
  published: 'good',
  rejected: 'bad',
  archived: 'neutral',
};
