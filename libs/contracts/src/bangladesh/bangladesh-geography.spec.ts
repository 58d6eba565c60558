import {
  canonicalDistrict,
  canonicalDivision,
  checkAddress,
  DIVISIONS,
  placeName,
} from './bangladesh-geography';

describe('Bangladesh geography', () => {
  it('has 8 divisions and 64 districts', () => {
    expect(Object.keys(DIVISIONS)).toHaveLength(8);
    expect(Object.values(DIVISIONS).flat()).toHaveLength(64);
    expect(new Set(Object.values(DIVISIONS).flat()).size).toBe(64);
  });

  it.each([
    ['Chittagong', 'Chattogram'],
    ['Comilla', 'Cumilla'],
    ['Bogra', 'Bogura'],
    ['Jessore', 'Jashore'],
    ['Barisal', 'Barishal'],
    ["cox's bazar", "Cox's Bazar"],
    ['COXS BAZAR', "Cox's Bazar"],
    ['chapai nawabganj', 'Chapainawabganj'],
  ])('accepts the district spelling %s as %s', (given, canonical) => {
    expect(canonicalDistrict(given)?.district).toBe(canonical);
  });

  it('accepts old division spellings', () => {
    expect(canonicalDivision('Chittagong')).toBe('Chattogram');
    expect(canonicalDivision('barisal')).toBe('Barishal');
    expect(canonicalDivision('Atlantis')).toBeUndefined();
  });

  it('returns today’s spellings for a valid address', () => {
    expect(checkAddress({ division: 'Chittagong', district: 'Comilla', postcode: '3500' })).toEqual({
      ok: true,
      division: 'Chattogram',
      district: 'Cumilla',
    });
  });

  it('names each wrong field', () => {
    expect(checkAddress({ division: 'Dhaka', district: 'Sylhet', postcode: '3100' })).toEqual({
      ok: false,
      problems: [{ field: 'district', reason: 'is in Sylhet division, not Dhaka' }],
    });
    const unknown = checkAddress({ division: 'Gondwana', district: 'Nowhere', postcode: '0999' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok)
      expect(unknown.problems.map((p) => p.field)).toEqual(['division', 'district', 'postcode']);
  });

  it('keeps Dhaka district postcodes within 1000–1399', () => {
    expect(checkAddress({ division: 'Dhaka', district: 'Dhaka', postcode: '1207' }).ok).toBe(true);
    expect(checkAddress({ division: 'Dhaka', district: 'Dhaka', postcode: '1900' })).toMatchObject({
      ok: false,
      problems: [{ field: 'postcode' }],
    });
  });

  it('names every division and district in Bangla on bn pages, each differently, and as given elsewhere', () => {
    const places = [...Object.keys(DIVISIONS), ...Object.values(DIVISIONS).flat()];
    for (const place of places)
      expect({ place, bn: /^[\u0980-\u09FF ]+$/.test(placeName(place, 'bn')) }).toEqual({ place, bn: true });
    const districts = Object.values(DIVISIONS).flat();
    expect(new Set(districts.map((d) => placeName(d, 'bn'))).size).toBe(64);
    expect(placeName('Tangail', 'bn')).toBe('টাঙ্গাইল');
    expect(placeName("Cox's Bazar", 'bn')).toBe('কক্সবাজার');
    expect(placeName('Comilla', 'bn')).toBe('কুমিল্লা');
    expect(placeName('Tangail', 'en')).toBe('Tangail');
    expect(placeName('Atlantis', 'bn')).toBe('Atlantis');
    expect(placeName('constructor', 'bn')).toBe('constructor');
  });
});
