import { canonicalDistrict as resolveDistrict, DIVISIONS } from './bangladesh-geography';

const DISTRICT_COUNT = Object.values(DIVISIONS).reduce((sum, list) => sum + list.length, 0);

describe('canonicalDistrict', () => {
  it('knows all 64 districts', () => {
    expect(DISTRICT_COUNT).toBe(64);
  });

  it('returns the official spelling and the division', () => {
    expect(resolveDistrict('Tangail')).toEqual({ district: 'Tangail', division: 'Dhaka' });
    expect(resolveDistrict('sylhet')).toEqual({ district: 'Sylhet', division: 'Sylhet' });
  });

  it('accepts the old spellings as aliases', () => {
    expect(resolveDistrict('Chittagong')).toEqual({ district: 'Chattogram', division: 'Chattogram' });
    expect(resolveDistrict('Comilla')?.district).toBe('Cumilla');
    expect(resolveDistrict('Bogra')?.district).toBe('Bogura');
    expect(resolveDistrict('Jessore')?.district).toBe('Jashore');
    expect(resolveDistrict('BARISAL')?.district).toBe('Barishal');
  });

  it('ignores case, spaces and apostrophes', () => {
    expect(resolveDistrict('coxs bazar')?.district).toBe("Cox's Bazar");
    expect(resolveDistrict('Cox’s  Bazar')?.district).toBe("Cox's Bazar");
  });

  it('rejects names that are not districts', () => {
    expect(resolveDistrict('Gulshan')).toBeUndefined();
    expect(resolveDistrict('Kolkata')).toBeUndefined();
    expect(resolveDistrict('')).toBeUndefined();
  });

  it('rejects the names of built-in object properties instead of throwing', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
      expect(resolveDistrict(name)).toBeUndefined();
  });
});
