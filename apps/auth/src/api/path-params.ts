import { z } from 'zod';

/** Path ids are UUIDs; anything else is a 400 naming the parameter, never a database error. */
export const vendorIdParams = z.object({ vendorId: z.uuid() }).strict();
export const sessionIdParams = z.object({ sessionId: z.uuid() }).strict();
export const addressIdParams = z.object({ addressId: z.uuid() }).strict();
export const vendorMemberParams = z.object({ vendorId: z.uuid(), userId: z.uuid() }).strict();
