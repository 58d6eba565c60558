/** A few of Pathao's cities, zones and areas: enough to book inside and outside Dhaka. */
export const PATHAO_CITIES = [
  { city_id: 1, city_name: 'Dhaka' },
  { city_id: 2, city_name: 'Chattogram' },
  { city_id: 3, city_name: 'Sylhet' },
];

export const PATHAO_ZONES: Record<number, { zone_id: number; zone_name: string }[]> = {
  1: [
    { zone_id: 298, zone_name: 'Gulshan' },
    { zone_id: 299, zone_name: 'Mirpur' },
  ],
  2: [{ zone_id: 401, zone_name: 'Agrabad' }],
  3: [{ zone_id: 501, zone_name: 'Zindabazar' }],
};

export const PATHAO_AREAS: Record<number, { area_id: number; area_name: string }[]> = {
  298: [{ area_id: 10, area_name: 'Gulshan 1' }],
  299: [{ area_id: 11, area_name: 'Mirpur 10' }],
  401: [{ area_id: 20, area_name: 'Agrabad C/A' }],
  501: [{ area_id: 30, area_name: 'Zindabazar' }],
};
