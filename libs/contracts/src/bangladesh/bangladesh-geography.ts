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

/** Each division's and district's name in Bangla (what a Bangla page shows; the API keeps the English names above). */
const BANGLA_NAMES: Readonly<Record<string, string>> = {
  // divisions (Dhaka, Chattogram, Rajshahi, Khulna, Barishal, Sylhet, Rangpur and Mymensingh are districts too)
  Dhaka: 'ঢাকা',
  Chattogram: 'চট্টগ্রাম',
  Rajshahi: 'রাজশাহী',
  Khulna: 'খুলনা',
  Barishal: 'বরিশাল',
  Sylhet: 'সিলেট',
  Rangpur: 'রংপুর',
  Mymensingh: 'ময়মনসিংহ',
  // Dhaka division
  Faridpur: 'ফরিদপুর',
  Gazipur: 'গাজীপুর',
  Gopalganj: 'গোপালগঞ্জ',
  Kishoreganj: 'কিশোরগঞ্জ',
  Madaripur: 'মাদারীপুর',
  Manikganj: 'মানিকগঞ্জ',
  Munshiganj: 'মুন্সীগঞ্জ',
  Narayanganj: 'নারায়ণগঞ্জ',
  Narsingdi: 'নরসিংদী',
  Rajbari: 'রাজবাড়ী',
  Shariatpur: 'শরীয়তপুর',
  Tangail: 'টাঙ্গাইল',
  // Chattogram division
  Bandarban: 'বান্দরবান',
  Brahmanbaria: 'ব্রাহ্মণবাড়িয়া',
  Chandpur: 'চাঁদপুর',
  "Cox's Bazar": 'কক্সবাজার',
  Cumilla: 'কুমিল্লা',
  Feni: 'ফেনী',
  Khagrachhari: 'খাগড়াছড়ি',
  Lakshmipur: 'লক্ষ্মীপুর',
  Noakhali: 'নোয়াখালী',
  Rangamati: 'রাঙ্গামাটি',
  // Rajshahi division
  Bogura: 'বগুড়া',
  Chapainawabganj: 'চাঁপাইনবাবগঞ্জ',
  Joypurhat: 'জয়পুরহাট',
  Naogaon: 'নওগাঁ',
  Natore: 'নাটোর',
  Pabna: 'পাবনা',
  Sirajganj: 'সিরাজগঞ্জ',
  // Khulna division
  Bagerhat: 'বাগেরহাট',
  Chuadanga: 'চুয়াডাঙ্গা',
  Jashore: 'যশোর',
  Jhenaidah: 'ঝিনাইদহ',
  Kushtia: 'কুষ্টিয়া',
  Magura: 'মাগুরা',
  Meherpur: 'মেহেরপুর',
  Narail: 'নড়াইল',
  Satkhira: 'সাতক্ষীরা',
  // Barishal division
  Barguna: 'বরগুনা',
  Bhola: 'ভোলা',
  Jhalokati: 'ঝালকাঠি',
  Patuakhali: 'পটুয়াখালী',
  Pirojpur: 'পিরোজপুর',
  // Sylhet division
  Habiganj: 'হবিগঞ্জ',
  Moulvibazar: 'মৌলভীবাজার',
  Sunamganj: 'সুনামগঞ্জ',
  // Rangpur division
  Dinajpur: 'দিনাজপুর',
  Gaibandha: 'গাইবান্ধা',
  Kurigram: 'কুড়িগ্রাম',
  Lalmonirhat: 'লালমনিরহাট',
  Nilphamari: 'নীলফামারী',
  Panchagarh: 'পঞ্চগড়',
  Thakurgaon: 'ঠাকুরগাঁও',
  // Mymensingh division
  Jamalpur: 'জামালপুর',
  Netrokona: 'নেত্রকোণা',
  Sherpur: 'শেরপুর',
};

/**
 * A division's or district's name as a page in `locale` shows it: Bangla on `bn` pages (old spellings such as
 * "Comilla" are named as today's district), the name itself otherwise or when it is not one of ours.
 */
export function placeName(name: string, locale: string): string {
  if (locale !== 'bn') return name;
  const canonical = canonicalDistrict(name)?.district ?? canonicalDivision(name) ?? name;
  return Object.hasOwn(BANGLA_NAMES, canonical) ? BANGLA_NAMES[canonical]! : name;
}
