import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts canonical UUIDs of any version and case', () => {
    expect(isUuid('0b9d6f3e-8a1c-4f2e-9d3b-5c7a1e2f4b6d')).toBe(true);
    expect(isUuid('0B9D6F3E-8A1C-8F2E-9D3B-5C7A1E2F4B6D')).toBe(true);
  });

  it('refuses anything else: other strings, braces, missing or extra characters', () => {
    for (const value of [
      '',
      'order-42',
      '{0b9d6f3e-8a1c-4f2e-9d3b-5c7a1e2f4b6d}',
      '0b9d6f3e8a1c4f2e9d3b5c7a1e2f4b6d',
      '0b9d6f3e-8a1c-4f2e-9d3b-5c7a1e2f4b6',
      '0b9d6f3e-8a1c-4f2e-9d3b-5c7a1e2f4b6d0',
      '0b9d6f3e-8a1c-4f2e-9d3b-5c7a1e2f4b6g',
    ])
      expect(isUuid(value)).toBe(false);
  });
});
