/** Bangladesh's 64 districts by division (shared/bangladesh-reference.md §5), in today's official spellings. */
const DIVISIONS: Readonly<Record<string, readonly string[]>> = {
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

/** Spellings still in everyday use before the 2018 renaming. */
const ALIASES: Readonly<Record<string, string>> = {
  Chittagong: 'Chattogram',
  Comilla: 'Cumilla',
  Bogra: 'Bogura',
  Jessore: 'Jashore',
  Barisal: 'Barishal',
};

export interface District {
  district: string;
  division: string;
}

/** Case, spaces and punctuation do not matter: "coxs bazar" and "Cox’s Bazar" are the same district. */
const fold = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

const BY_FOLDED_NAME = new Map<string, District>();
for (const [division, districts] of Object.entries(DIVISIONS)) {
  for (const district of districts) BY_FOLDED_NAME.set(fold(district), { district, division });
}
for (const [alias, district] of Object.entries(ALIASES)) {
  BY_FOLDED_NAME.set(fold(alias), BY_FOLDED_NAME.get(fold(district))!);
}

export const DISTRICT_COUNT = Object.values(DIVISIONS).reduce((sum, list) => sum + list.length, 0);

/** The district and its division in official spelling, or undefined for a name that is no district. */
export function resolveDistrict(name: string): District | undefined {
  return BY_FOLDED_NAME.get(fold(name));
}
