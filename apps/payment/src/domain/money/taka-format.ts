/**
 * Poisha as people read taka in messages (English): `৳50,000`, `৳1,20,000.50`. Lakh grouping (the last three
 * digits, then twos), paisa only when there are some. Integer arithmetic only, so nothing rounds.
 */
export function formatTaka(poisha: number): string {
  const whole = Math.floor(poisha / 100);
  const fraction = poisha % 100;
  const digits = String(whole);
  const head = digits.slice(0, -3);
  const grouped = head ? `${head.replace(/\B(?=(\d{2})+$)/g, ',')},${digits.slice(-3)}` : digits;
  return `৳${grouped}${fraction ? `.${String(fraction).padStart(2, '0')}` : ''}`;
}
