/**
 * Bangladesh's 8 divisions and 64 districts (see ../shared/bangladesh-reference.md), with the old
 * English spellings still common on licences and letterheads accepted as aliases of today's names.
 */
export const DIVISIONS: Readonly<Record<string, readonly string[]>> = {
  Dhaka: [
    'Dhaka',
    'Faridpur',
    'Gazipur',
    'Gopalganj',
    'Kishoreganj',
    'Madaripur',
    'Manikganj',
    'Munshiganj',
    'Narayanganj',
    'Narsingdi',
    'Rajbari',
    'Shariatpur',
    'Tangail',
  ],
  Chattogram: [
    'Bandarban',
    'Brahmanbaria',
    'Chandpur',
    'Chattogram',
    "Cox's Bazar",
    'Cumilla',
    'Feni',
    'Khagrachhari',
    'Lakshmipur',
    'Noakhali',
    'Rangamati',
  ],
  Rajshahi: ['Bogura', 'Chapainawabganj', 'Joypurhat', 'Naogaon', 'Natore', 'Pabna', 'Rajshahi', 'Sirajganj'],
  Khulna: [
    'Bagerhat',
    'Chuadanga',
    'Jashore',
    'Jhenaidah',
    'Khulna',
    'Kushtia',
    'Magura',
    'Meherpur',
    'Narail',
    'Satkhira',
  ],
  Barishal: ['Barguna', 'Barishal', 'Bhola', 'Jhalokati', 'Patuakhali', 'Pirojpur'],
  Sylhet: ['Habiganj', 'Moulvibazar', 'Sunamganj', 'Sylhet'],
  Rangpur: [
    'Dinajpur',
    'Gaibandha',
    'Kurigram',
    'Lalmonirhat',
    'Nilphamari',
    'Panchagarh',
    'Rangpur',
    'Thakurgaon',
  ],
  Mymensingh: ['Jamalpur', 'Mymensingh', 'Netrokona', 'Sherpur'],
};

/** Old or alternative spellings → today's name (divisions and districts share one table). */
const ALIASES: Readonly<Record<string, string>> = {
  chittagong: 'Chattogram',
  comilla: 'Cumilla',
  bogra: 'Bogura',
  jessore: 'Jashore',
  barisal: 'Barishal',
  jhalakathi: 'Jhalokati',
  maulvibazar: 'Moulvibazar',
  netrakona: 'Netrokona',
  khagrachari: 'Khagrachhari',
  laxmipur: 'Lakshmipur',
  nawabganj: 'Chapainawabganj',
};

/** Case, spaces, dots, hyphens and apostrophes do not matter: "cox's bazar", "Coxs-Bazar", "COXSBAZAR". */
/** Own entries only: "constructor" or "toString" typed as a district must not find Object.prototype's. */
const aliasOf = (k: string): string => (Object.hasOwn(ALIASES, k) ? ALIASES[k]! : '');

const key = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

const DIVISION_BY_KEY = new Map(Object.keys(DIVISIONS).map((name) => [key(name), name]));
const DISTRICT_BY_KEY = new Map(
  Object.entries(DIVISIONS).flatMap(([division, districts]) =>
    districts.map((district) => [key(district), { district, division }] as const),
  ),
);

export function canonicalDivision(name: string): string | undefined {
  const k = key(name);
  return DIVISION_BY_KEY.get(k) ?? DIVISION_BY_KEY.get(key(aliasOf(k)));
}

export function canonicalDistrict(name: string): { district: string; division: string } | undefined {
  const k = key(name);
  return DISTRICT_BY_KEY.get(k) ?? DISTRICT_BY_KEY.get(key(aliasOf(k)));
}

export interface AddressProblem {
  field: 'division' | 'district' | 'postcode';
  reason: string;
}

export type CheckedAddress =
  { ok: true; division: string; district: string } | { ok: false; problems: AddressProblem[] };

/**
 * Checks a division/district/postcode triple against the reference lists and returns today's spellings.
 * Postcodes are four digits from 1000; Dhaka district's run 1000–1399. Finer postcode ranges cross division
 * lines (Kishoreganj is 23xx, in Dhaka division), so nothing stricter is claimed.
 */
export function checkAddress(input: {
  division: string;
  district: string;
  postcode: string;
}): CheckedAddress {
  const problems: AddressProblem[] = [];
  const division = canonicalDivision(input.division);
  const district = canonicalDistrict(input.district);
  if (!division) {
    problems.push({ field: 'division', reason: `must be one of ${Object.keys(DIVISIONS).join(', ')}` });
  }
  if (!district) {
    problems.push({ field: 'district', reason: 'must be one of the 64 districts of Bangladesh' });
  } else if (division && district.division !== division) {
    problems.push({ field: 'district', reason: `is in ${district.division} division, not ${division}` });
  }
  const postcode = Number(input.postcode);
  if (!/^\d{4}$/.test(input.postcode) || postcode < 1000) {
    problems.push({ field: 'postcode', reason: 'must be a 4-digit Bangladesh postcode' });
  } else if (district?.district === 'Dhaka' && postcode > 1399) {
    problems.push({ field: 'postcode', reason: 'must be between 1000 and 1399 in Dhaka district' });
  }
  if (problems.length > 0 || !division || !district) return { ok: false, problems };
  return { ok: true, division, district: district.district };
}
