/** What our services can answer with: JSON and problem+json everywhere, CSV downloads, Prometheus' text format. */
const SERVED = new Set(['application/json', 'application/problem+json', 'text/csv', 'text/plain']);

/**
 * Whether an Accept header allows anything we serve. No header, an empty one, or one with no well-formed media
 * range at all allows JSON (RFC 9110 lets a server ignore a malformed Accept); ranges with `q=0` refuse.
 */
export function acceptsWhatWeServe(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  let wellFormed = 0;
  for (const range of accept.split(',')) {
    const [mediaType = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const match = /^([a-z0-9!#$&^_.+-]+|\*)\/([a-z0-9!#$&^_.+-]+|\*)$/.exec(mediaType);
    if (!match) continue;
    wellFormed += 1;
    if (parameters.some((p) => /^q\s*=\s*0(\.0{0,3})?$/.test(p))) continue;
    const [, type, subtype] = match as unknown as [string, string, string];
    if (type === '*' || SERVED.has(mediaType) || subtype.endsWith('+json')) return true;
    if (subtype === '*' && (type === 'application' || type === 'text')) return true;
  }
  return wellFormed === 0;
}
