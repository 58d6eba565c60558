import { z } from 'zod';
import { canonicalDistrict } from '../bangladesh/bangladesh-geography';

/** Delivery zones, priced separately on the rate card. */
export const DELIVERY_ZONES = ['same_city', 'suburb', 'outside_dhaka'] as const;
export type DeliveryZone = (typeof DELIVERY_ZONES)[number];

export const WEIGHT_SLABS = ['up_to_500g', 'up_to_1kg', 'up_to_2kg', 'over_2kg'] as const;
export type WeightSlab = (typeof WEIGHT_SLABS)[number];

export const PAYMENT_METHODS = ['cod', 'prepaid'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Heaviest parcel the couriers on the published cards take. */
export const MAX_PARCEL_GRAMS = 50_000;

/** A delivery charge or a parcel's cash-on-delivery amount: whole poisha, at most ৳10 crore. */
const poisha = z.number().int().nonnegative().max(10_000_000_000);

/** One of Bangladesh's 64 districts (old spellings such as Chittagong accepted), returned in today's spelling. */
export const districtName = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .transform((name, context) => {
    const found = canonicalDistrict(name);
    if (found) return found.district;
    context.addIssue({ code: 'custom', message: 'must be one of the 64 districts of Bangladesh' });
    return z.NEVER;
  });

// ---- quotes (public) --------------------------------------------------------------------------------------

export const quotePackage = z
  .object({
    vendorId: z.uuid(),
    /** The vendor's pickup district. */
    originDistrict: districtName,
    weightGrams: z.number().int().min(1).max(MAX_PARCEL_GRAMS),
    /** What the courier collects from the shopper; only with paymentMethod `cod`, where it is required. */
    codAmountPoisha: poisha.optional(),
  })
  .strict();

export const quoteRequest = z
  .object({
    destination: z.object({ district: districtName }).strict(),
    paymentMethod: z.enum(PAYMENT_METHODS),
    packages: z.array(quotePackage).min(1).max(50),
  })
  .strict()
  .superRefine((request, context) => {
    request.packages.forEach((parcel, index) => {
      if (request.paymentMethod === 'cod' && parcel.codAmountPoisha === undefined)
        context.addIssue({
          code: 'custom',
          path: ['packages', index, 'codAmountPoisha'],
          message: 'is required when paymentMethod is cod',
        });
      if (request.paymentMethod === 'prepaid' && parcel.codAmountPoisha !== undefined)
        context.addIssue({
          code: 'custom',
          path: ['packages', index, 'codAmountPoisha'],
          message: 'must be absent when paymentMethod is prepaid',
        });
    });
  });
export type QuoteRequest = z.infer<typeof quoteRequest>;

export const packageCharge = z.object({
  vendorId: z.uuid(),
  originDistrict: z.string(),
  destinationDistrict: z.string(),
  zone: z.enum(DELIVERY_ZONES),
  weightGrams: z.number().int(),
  slab: z.enum(WEIGHT_SLABS),
  /** The slab's price; for parcels over 2 kg, the 2 kg price. */
  basePoisha: poisha,
  /** Whole kilograms charged beyond 2 kg (rounded up). */
  extraKg: z.number().int().nonnegative(),
  extraKgPoisha: poisha,
  codFeePoisha: poisha,
  totalPoisha: poisha,
  breakdown: z.object({ en: z.string(), bn: z.string() }),
});
export type PackageCharge = z.infer<typeof packageCharge>;

export const quoteView = z.object({
  currency: z.literal('BDT'),
  /** The rate card version the quote was priced with. */
  rateCardVersion: z.number().int().positive(),
  /** One charge per package, in the order given. */
  packages: z.array(packageCharge),
  totalPoisha: poisha,
});
export type QuoteView = z.infer<typeof quoteView>;

// ---- rate card (admin) ------------------------------------------------------------------------------------

export const zoneRates = z
  .object({
    upTo500gPoisha: poisha,
    upTo1kgPoisha: poisha,
    upTo2kgPoisha: poisha,
    perExtraKgPoisha: poisha,
  })
  .strict()
  .refine(
    (rates) => rates.upTo500gPoisha <= rates.upTo1kgPoisha && rates.upTo1kgPoisha <= rates.upTo2kgPoisha,
    {
      message: 'a heavier slab must not cost less than a lighter one',
    },
  );
export type ZoneRates = z.infer<typeof zoneRates>;

export const rateCardRequest = z
  .object({
    zones: z.object({ same_city: zoneRates, suburb: zoneRates, outside_dhaka: zoneRates }).strict(),
    /** Cash-on-delivery fee in basis points of the COD amount: 100 = 1%. */
    codFeeBasisPoints: z.number().int().min(0).max(10_000),
  })
  .strict();
export type RateCardRequest = z.infer<typeof rateCardRequest>;

export const rateCardView = rateCardRequest.extend({
  version: z.number().int().positive(),
  currency: z.literal('BDT'),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().nullable(),
});
export type RateCardView = z.infer<typeof rateCardView>;
