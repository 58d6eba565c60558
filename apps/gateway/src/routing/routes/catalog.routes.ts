import {
  approveProductRequest,
  bulkApproveRequest,
  bulkApproveResult,
  categoryDetail,
  categoryList,
  createProductRequest,
  importProductsQuery,
  importResult,
  listProductsQuery,
  listShopsQuery,
  listVendorProductsQuery,
  managedProductPage,
  managedShopView,
  moderationQueueQuery,
  productPage,
  productView,
  rejectProductRequest,
  Role,
  shopPage,
  shopView,
  updateProductRequest,
  updateShopRequest,
} from '@getit/contracts';
import { GatewayRoute } from '../gateway-route';

/** Members of the vendor in the path; the catalog checks the same again. */
const vendorStaff = {
  roles: ['vendor:owner', 'vendor:manager', 'vendor:staff'] as Role[],
  vendorScoped: true,
};
/** The shop's public profile is for owners and managers to change. */
const vendorManagers = { roles: ['vendor:owner', 'vendor:manager'] as Role[], vendorScoped: true };
/** Product moderation; admin roles always need a second factor, said here too. */
const moderators = { roles: ['admin:super-admin', 'admin:operations'] as Role[], mfa: true };

const own = '/api/vendors/:vendorId/products';
const route = (r: Omit<GatewayRoute, 'upstream'>): GatewayRoute => ({ ...r, upstream: 'catalog' });

/** The catalog: public reads (cacheable, ETag), a vendor's own products and shop, and admins' moderation. */
export const catalogRoutes: GatewayRoute[] = [
  route({
    method: 'GET',
    path: '/api/products',
    access: { public: true },
    summary:
      'List products on sale: filter by category subtree, vendor, price range (poisha) and stock; newest or by price',
    request: { query: listProductsQuery },
    response: { status: 200, schema: productPage },
  }),
  route({
    method: 'GET',
    path: '/api/products/:idOrSlug',
    access: { public: true },
    summary: 'A product on sale, by id or slug, with its variants and shop',
    response: { status: 200, schema: productView },
  }),
  route({
    method: 'GET',
    path: '/api/categories',
    access: { public: true },
    summary: 'The category tree, depth first, in English and Bangla',
    response: { status: 200, schema: categoryList },
  }),
  route({
    method: 'GET',
    path: '/api/categories/:slug',
    access: { public: true },
    summary: "A category with its attribute definitions (its own and its ancestors')",
    response: { status: 200, schema: categoryDetail },
  }),
  route({
    method: 'GET',
    path: '/api/shops',
    access: { public: true },
    summary: 'Active shops, newest first',
    request: { query: listShopsQuery },
    response: { status: 200, schema: shopPage },
  }),
  route({
    method: 'GET',
    path: '/api/shops/:slug',
    access: { public: true },
    summary: "A shop's public profile (its products: GET /api/products?vendorId=…)",
    response: { status: 200, schema: shopView },
  }),
  route({
    method: 'GET',
    path: own,
    access: vendorStaff,
    summary: "The vendor's own products, any status, newest first",
    request: { query: listVendorProductsQuery },
    response: { status: 200, schema: managedProductPage },
  }),
  route({
    method: 'POST',
    path: own,
    access: vendorStaff,
    summary: 'Create a product (a draft, or straight into review with submitForReview)',
    request: { body: createProductRequest },
    response: { status: 201, schema: productView },
  }),
  route({
    method: 'POST',
    path: `${own}/imports`,
    access: vendorStaff,
    summary:
      'Import products from a text/csv body (one row per variant, rows sharing a handle are one product); all rows or none',
    request: { query: importProductsQuery },
    response: { status: 201, schema: importResult },
    // matches the catalog's IMPORT_MAX_BYTES default: a few thousand rows
    bodyLimitBytes: 8 * 1_048_576,
  }),
  route({
    method: 'GET',
    path: `${own}/:productId`,
    access: vendorStaff,
    summary: "One of the vendor's products, with its moderation note",
    response: { status: 200, schema: productView },
  }),
  route({
    method: 'PATCH',
    path: `${own}/:productId`,
    access: vendorStaff,
    summary: 'Change a product; content changes to a published product send it back to review',
    request: { body: updateProductRequest },
    response: { status: 200, schema: productView },
  }),
  route({
    method: 'DELETE',
    path: `${own}/:productId`,
    access: vendorStaff,
    summary: 'Archive a product: it leaves the catalog for good, kept on record for past orders',
    response: { status: 200, schema: productView },
  }),
  route({
    method: 'POST',
    path: `${own}/:productId/submit`,
    access: vendorStaff,
    summary: 'Submit a draft or rejected product for review',
    response: { status: 200, schema: productView },
  }),
  route({
    method: 'POST',
    path: `${own}/:productId/unpublish`,
    access: vendorStaff,
    summary: 'Take a published product off sale (back to draft)',
    response: { status: 200, schema: productView },
  }),
  route({
    method: 'GET',
    path: '/api/vendors/:vendorId/shop',
    access: vendorStaff,
    summary: "The vendor's own shop profile and standing",
    response: { status: 200, schema: managedShopView },
  }),
  route({
    method: 'PATCH',
    path: '/api/vendors/:vendorId/shop',
    access: vendorManagers,
    summary: "Change the shop's logo and description",
    request: { body: updateShopRequest },
    response: { status: 200, schema: managedShopView },
  }),
  route({
    method: 'GET',
    path: '/api/admin/products/moderation',
    access: moderators,
    summary: 'Products waiting for review, oldest submission first',
    request: { query: moderationQueueQuery },
    response: { status: 200, schema: managedProductPage },
  }),
  route({
    method: 'POST',
    path: '/api/admin/products/approvals',
    access: moderators,
    summary: 'Approve up to 500 products waiting for review in one transaction',
    request: { body: bulkApproveRequest },
    response: { status: 200, schema: bulkApproveResult },
  }),
  route({
    method: 'POST',
    path: '/api/admin/products/:productId/approve',
    access: moderators,
    summary: 'Approve a product: it goes on sale when its shop is active',
    request: { body: approveProductRequest },
    response: { status: 200, schema: productView },
  }),
  route({
    method: 'POST',
    path: '/api/admin/products/:productId/reject',
    access: moderators,
    summary:
      'Reject a product waiting for review, or take a published one down, with a reason for the vendor',
    request: { body: rejectProductRequest },
    response: { status: 200, schema: productView },
  }),
];
