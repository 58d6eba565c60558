import { catalogueGaps } from '../messages-catalogue';
import bn from './messages/bn.json';
import en from './messages/en.json';

describe('message catalogue check', () => {
  it('names a key missing in either language, a dropped placeholder and an empty message', () => {
    expect(
      catalogueGaps(
        { a: { b: 'Hello {name}', c: 'x', g: 'Total: <amount></amount>' }, d: 'only English', e: '' },
        { a: { b: 'নমস্কার', c: 'x', g: 'মোট:' }, f: 'শুধু বাংলা', e: 'খালি নয়' },
      ),
    ).toEqual({
      missingInBangla: ['d'],
      missingInEnglish: ['f'],
      differingPlaceholders: ['a.b', 'a.g'],
      empty: ['e'],
    });
  });

  it('finds nothing wrong in the shared components’ own messages', () => {
    expect(catalogueGaps(en, bn)).toEqual({
      missingInBangla: [],
      missingInEnglish: [],
      differingPlaceholders: [],
      empty: [],
    });
  });
});
