import { transliterateBangla } from './bangla-transliteration';

describe('transliterateBangla (Banglish as shoppers type it)', () => {
  it.each([
    ['জামদানি শাড়ি', 'jamdani shari'],
    ['শাড়ি', 'shari'],
    ['পাঞ্জাবি', 'panjabi'],
    ['লুঙ্গি', 'lungi'],
    ['মোবাইল', 'mobail'],
    ['ঢাকাই জামদানি', 'dhakai jamdani'],
    ['নকশি কাঁথা', 'nokshi katha'],
    ['গামছা', 'gamcha'],
    ['ইলিশ মাছ', 'ilish mach'],
    ['সরিষার তেল', 'sorishar tel'],
    ['ময়দা', 'moyda'],
  ])('%s → %s', (bangla, latin) => {
    expect(transliterateBangla(bangla)).toBe(latin);
  });

  it('writes the inherent vowel as "o" where it is heard, never at the end of a word', () => {
    expect(transliterateBangla('কলম')).toBe('kolom');
    expect(transliterateBangla('মধু')).toBe('modhu');
    expect(transliterateBangla('বাজার')).toBe('bajar');
  });

  it('reads the conjuncts Banglish spells as a whole, and য-ফলা as a glide', () => {
    expect(transliterateBangla('লক্ষ্মী')).toMatch(/^lokkh/);
    expect(transliterateBangla('ব্যাগ')).toBe('byag');
  });

  it('turns Bangla digits into ASCII digits and leaves Latin text alone', () => {
    expect(transliterateBangla('১২৮ জিবি Samsung')).toBe('128 jibi Samsung');
  });

  it('reads precomposed and decomposed ড় alike', () => {
    expect(transliterateBangla('শা\u09DCি')).toBe('shari');
    expect(transliterateBangla('শাড\u09BCি')).toBe('shari');
  });
});
