import { z } from 'zod';

/** Money is an integer number of poisha (1 taka = 100 poisha); never a float. */
export const poishaSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const currencySchema = z.literal('BDT');
