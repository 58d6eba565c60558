/** The storefront's form controls, one look everywhere (big enough to tap on a phone). */
export const FIELD = 'mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2';
export const PRIMARY_BUTTON = 'mt-3 rounded bg-brand px-4 py-2 font-semibold text-white';
export const SECONDARY_BUTTON = 'rounded border border-brand px-3 py-1 text-brand-dark';
export const CARD = 'rounded-lg bg-white p-4 shadow-sm';
