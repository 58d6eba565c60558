import type { DeliveryZone } from '@getit/contracts';

/**
 * Districts priced as Dhaka's suburbs (Pathao's "Dhaka ↔ suburbs" column): the districts around Dhaka city that
 * couriers serve from their Dhaka hubs, Savar's neighbours included. Savar itself is an upazila of Dhaka district.
 */
export const DHAKA_SUBURB_DISTRICTS: readonly string[] = [
  'Gazipur',
  'Narayanganj',
  'Munshiganj',
  'Manikganj',
  'Narsingdi',
];

/**
 * The zone of a parcel from its pickup district to the shopper's, both in today's spelling:
 * the same district is `same_city`; Dhaka to or from a suburb district is `suburb`; anything else (two suburbs,
 * or any other pair) is `outside_dhaka`.
 */
export function deliveryZone(originDistrict: string, destinationDistrict: string): DeliveryZone {
  if (originDistrict === destinationDistrict) return 'same_city';
  const pair = [originDistrict, destinationDistrict];
  if (pair.includes('Dhaka') && pair.some((district) => DHAKA_SUBURB_DISTRICTS.includes(district)))
    return 'suburb';
  return 'outside_dhaka';
}
