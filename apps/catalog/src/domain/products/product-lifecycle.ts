import { ConflictException } from '@getit/errors';

export type ProductStatus = 'draft' | 'pending_review' | 'published' | 'rejected' | 'archived';

/** What a vendor or a moderator asks of a product. `edit` is a content change (title, images, category…). */
export type ProductAction = 'submit' | 'approve' | 'reject' | 'unpublish' | 'archive' | 'edit';

/**
 * draft → pending_review → published | rejected. A vendor submits a draft or a rejected product; a moderator
 * approves or rejects what waits for review, and may also take a published product down (reject). A vendor may
 * unpublish (back to draft) and archive (final). Editing the content of a published product sends it back to
 * review, so nothing reaches shoppers unmoderated; price and weight changes do not (see `editNeedsReview`).
 */
const TRANSITIONS: Record<ProductAction, Partial<Record<ProductStatus, ProductStatus>>> = {
  submit: { draft: 'pending_review', rejected: 'pending_review' },
  approve: { pending_review: 'published' },
  reject: { pending_review: 'rejected', published: 'rejected' },
  unpublish: { published: 'draft' },
  archive: { draft: 'archived', pending_review: 'archived', published: 'archived', rejected: 'archived' },
  edit: {
    draft: 'draft',
    pending_review: 'pending_review',
    published: 'pending_review',
    rejected: 'rejected',
  },
};

const VERB: Record<ProductAction, string> = {
  submit: 'submit for review',
  approve: 'approve',
  reject: 'reject',
  unpublish: 'unpublish',
  archive: 'archive',
  edit: 'edit',
};

export function nextStatus(current: ProductStatus, action: ProductAction): ProductStatus {
  const next = TRANSITIONS[action][current];
  if (!next) {
    throw new ConflictException(`Cannot ${VERB[action]} a product that is ${current.replace('_', ' ')}.`, {
      extensions: { status: current },
    });
  }
  return next;
}

export function isProductStatus(value: string): value is ProductStatus {
  return ['draft', 'pending_review', 'published', 'rejected', 'archived'].includes(value);
}

/** Product fields that, when changed, are content a moderator must see again (prices and weights are not). */
const CONTENT_FIELDS = [
  'slug',
  'titleEn',
  'titleBn',
  'descriptionEn',
  'descriptionBn',
  'brand',
  'categorySlug',
  'attributes',
  'images',
] as const;

export function editNeedsReview(
  changed: ReadonlySet<string>,
  variantsChanged: 'none' | 'prices-only' | 'structure',
): boolean {
  return CONTENT_FIELDS.some((field) => changed.has(field)) || variantsChanged === 'structure';
}
