import { z } from 'zod';

/** Money is an integer number of poisha (1 taka = 100 poisha); never a float. */
export const poishaSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const currencySchema = z.literal('BDT');

/**
 * The most one item may be listed at: 2,147,483,647 poisha (about ৳2.15 crore), the largest 32-bit integer. Far above
 * anything sold online here, and a bound every store of a price can hold; a price or a price filter above it is a
 * mistake, answered 400 naming the field rather than passed on to a database.
 */
export const MAX_ITEM_PRICE_POISHA = 2_147_483_647;

/** A listed price: whole poisha, at most MAX_ITEM_PRICE_POISHA. */
export const itemPricePoishaSchema = poishaSchema.max(MAX_ITEM_PRICE_POISHA);

/** Optimistic-concurrency versions live in 32-bit integer columns. */
export const INT4_MAX = 2_147_483_647;
