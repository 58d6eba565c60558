import { ConflictException } from '@getit/errors';
import { editNeedsReview, nextStatus } from './product-lifecycle';

describe('product lifecycle', () => {
  it('runs draft → pending_review → published, and rejected products can be resubmitted', () => {
    expect(nextStatus('draft', 'submit')).toBe('pending_review');
    expect(nextStatus('pending_review', 'approve')).toBe('published');
    expect(nextStatus('pending_review', 'reject')).toBe('rejected');
    expect(nextStatus('rejected', 'submit')).toBe('pending_review');
  });

  it('lets a moderator take a published product down, and a vendor unpublish or archive it', () => {
    expect(nextStatus('published', 'reject')).toBe('rejected');
    expect(nextStatus('published', 'unpublish')).toBe('draft');
    expect(nextStatus('published', 'archive')).toBe('archived');
  });

  it('sends an edited published product back to review', () => {
    expect(nextStatus('published', 'edit')).toBe('pending_review');
    expect(nextStatus('draft', 'edit')).toBe('draft');
  });

  it.each([
    ['draft', 'approve'],
    ['published', 'approve'],
    ['draft', 'unpublish'],
    ['archived', 'edit'],
    ['archived', 'submit'],
    ['archived', 'archive'],
  ] as const)('a %s product cannot %s (409)', (status, action) => {
    expect(() => nextStatus(status, action)).toThrow(ConflictException);
  });

  it('treats content changes as needing review, and price changes as not', () => {
    expect(editNeedsReview(new Set(['titleEn']), 'none')).toBe(true);
    expect(editNeedsReview(new Set(['images']), 'none')).toBe(true);
    expect(editNeedsReview(new Set(['pricePoisha', 'maxPricePoisha']), 'prices-only')).toBe(false);
    expect(editNeedsReview(new Set(), 'structure')).toBe(true);
  });
});
