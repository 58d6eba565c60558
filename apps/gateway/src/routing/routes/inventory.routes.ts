import {
  adjustStockRequest,
  availabilityQuery,
  availabilityView,
  bulkStockCountRequest,
  bulkStockCountResult,
  createWarehouseRequest,
  listMovementsQuery,
  listStockQuery,
  movementPage,
  Role,
  setLowStockThresholdRequest,
  setStockRequest,
  stockChangeResult,
  stockPage,
  updateWarehouseRequest,
  variantStockView,
  warehouseList,
  warehouseView,
} from '@getit/contracts';
import { z } from 'zod';
import { GatewayRoute } from '../gateway-route';

/** Vendor staff of the vendor in the path; the inventory service checks the same again. */
const vendorStaff = {
  roles: ['vendor:owner', 'vendor:manager', 'vendor:staff'] as Role[],
  vendorScoped: true,
};
/** Opening, editing or closing a pickup address is for owners and managers. */
const vendorManagers = { roles: ['vendor:owner', 'vendor:manager'] as Role[], vendorScoped: true };

const warehouses = '/api/vendors/:vendorId/warehouses';

/**
 * The inventory's public and vendor routes. Reservations (reserve, commit, release) are deliberately absent: they
 * are the order service's internal API, called service-to-service, never through the gateway.
 */
export const inventoryRoutes: GatewayRoute[] = [
  {
    method: 'GET',
    path: '/api/availability',
    upstream: 'inventory',
    access: { public: true },
    summary: 'Available-to-sell of up to 100 variants (?variantIds=a,b,c)',
    request: { query: availabilityQuery },
    response: { status: 200, schema: availabilityView },
  },
  {
    method: 'GET',
    path: warehouses,
    upstream: 'inventory',
    access: vendorStaff,
    summary: "The vendor's warehouses (pickup addresses)",
    response: { status: 200, schema: warehouseList },
  },
  {
    method: 'POST',
    path: warehouses,
    upstream: 'inventory',
    access: vendorManagers,
    summary: 'Open a warehouse; the district must be one of the 64',
    request: { body: createWarehouseRequest },
    response: { status: 201, schema: warehouseView },
  },
  {
    method: 'GET',
    path: `${warehouses}/:warehouseId`,
    upstream: 'inventory',
    access: vendorStaff,
    summary: 'A warehouse',
    response: { status: 200, schema: warehouseView },
  },
  {
    method: 'PATCH',
    path: `${warehouses}/:warehouseId`,
    upstream: 'inventory',
    access: vendorManagers,
    summary: "Change a warehouse's name, address or phone",
    request: { body: updateWarehouseRequest },
    response: { status: 200, schema: warehouseView },
  },
  {
    method: 'DELETE',
    path: `${warehouses}/:warehouseId`,
    upstream: 'inventory',
    access: vendorManagers,
    summary: 'Archive an empty warehouse',
    response: { status: 204, schema: z.null() },
  },
  {
    method: 'PUT',
    path: `${warehouses}/:warehouseId/stock`,
    upstream: 'inventory',
    access: vendorStaff,
    summary: 'Stock take: set on hand of up to 500 variants in a warehouse, all or nothing',
    request: { body: bulkStockCountRequest },
    response: { status: 200, schema: bulkStockCountResult },
  },
  {
    method: 'PUT',
    path: `${warehouses}/:warehouseId/stock/:variantId`,
    upstream: 'inventory',
    access: vendorStaff,
    summary: 'Stock count: set on hand of a variant in a warehouse (the first count needs the SKU)',
    request: { body: setStockRequest },
    response: { status: 200, schema: stockChangeResult },
  },
  {
    method: 'POST',
    path: `${warehouses}/:warehouseId/stock/:variantId/adjustments`,
    upstream: 'inventory',
    access: vendorStaff,
    summary: 'Adjust on hand by a delta with a reason (received, returned, damaged, lost, correction)',
    request: { body: adjustStockRequest },
    response: { status: 201, schema: stockChangeResult },
  },
  {
    method: 'GET',
    path: '/api/vendors/:vendorId/stock',
    upstream: 'inventory',
    access: vendorStaff,
    summary: "The vendor's stock per variant and warehouse",
    request: { query: listStockQuery },
    response: { status: 200, schema: stockPage },
  },
  {
    method: 'GET',
    path: '/api/vendors/:vendorId/stock/:variantId',
    upstream: 'inventory',
    access: vendorStaff,
    summary: "One variant's stock across the vendor's warehouses",
    response: { status: 200, schema: variantStockView },
  },
  {
    method: 'GET',
    path: '/api/vendors/:vendorId/stock/:variantId/movements',
    upstream: 'inventory',
    access: vendorStaff,
    summary: "A variant's audit trail: who changed on hand, when, by how much, why, and what was left",
    request: { query: listMovementsQuery },
    response: { status: 200, schema: movementPage },
  },
  {
    method: 'PUT',
    path: '/api/vendors/:vendorId/stock/:variantId/low-stock-threshold',
    upstream: 'inventory',
    access: vendorStaff,
    summary: 'Alert (inventory.stock-low.v1) when available falls to this many; null turns it off',
    request: { body: setLowStockThresholdRequest },
    response: { status: 200, schema: variantStockView },
  },
];
