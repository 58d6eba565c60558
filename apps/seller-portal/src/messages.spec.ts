import { catalogueGaps } from '@getit/ui';
import bn from '../messages/bn.json';
import en from '../messages/en.json';

describe('the seller portal’s message catalogue', () => {
  it('has every key in Bangla and English, with the same placeholders, and no empty message', () => {
    expect(catalogueGaps(en, bn)).toEqual({
      missingInBangla: [],
      missingInEnglish: [],
      differingPlaceholders: [],
      empty: [],
    });
  });
});
