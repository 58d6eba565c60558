import { catalogueGaps } from '@getit/ui';
import bn from '../../messages/bn.json';
import en from '../../messages/en.json';

describe('the admin dashboard in Bangla and English', () => {
  it('says everything in both languages, keeps every value a message shows, and shows no empty message', () => {
    expect(catalogueGaps(en, bn)).toEqual({
      missingInBangla: [],
      missingInEnglish: [],
      differingPlaceholders: [],
      empty: [],
    });
  });

  it('is in Bangla where Bangla is promised', () => {
    expect(bn.nav.orders).toMatch(/[\u0980-\u09FF]/);
    expect(bn.refunds.submit).toMatch(/[\u0980-\u09FF]/);
  });
});
