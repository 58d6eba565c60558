/**
 * Poisha as a plain decimal taka amount for files machines read (CSV, bank uploads): `1250.00`, `-0.05`, `0.00`.
 * No currency sign and no grouping, always two decimals, a leading minus for negatives. Integer arithmetic only.
 */
export function formatTakaDecimal(poisha: number): string {
  if (!Number.isSafeInteger(poisha)) throw new RangeError('poisha must be a safe integer');
  const magnitude = Math.abs(poisha);
  const taka = Math.floor(magnitude / 100);
  const fraction = String(magnitude % 100).padStart(2, '0');
  return `${poisha < 0 ? '-' : ''}${taka}.${fraction}`;
}
