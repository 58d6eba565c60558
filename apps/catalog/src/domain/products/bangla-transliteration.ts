/**
 * Bangla script to Latin the way shoppers type Banglish (`শাড়ি` → `shari`, `পাঞ্জাবি` → `panjabi`), for slugs.
 * Not a scholarly romanisation: no diacritics, long and short vowels fold together, and the inherent vowel is
 * written `o` only where it is usually heard (a bare first consonant, or a bare consonant before a bare final
 * one: `কলম` → `kolom`), never at the end of a word (`জামদানি` → `jamdani`).
 */
const CONSONANTS: Record<string, string> = {
  ক: 'k',
  খ: 'kh',
  গ: 'g',
  ঘ: 'gh',
  ঙ: 'ng',
  চ: 'ch',
  ছ: 'ch',
  জ: 'j',
  ঝ: 'jh',
  ঞ: 'n',
  ট: 't',
  ঠ: 'th',
  ড: 'd',
  ঢ: 'dh',
  ণ: 'n',
  ত: 't',
  থ: 'th',
  দ: 'd',
  ধ: 'dh',
  ন: 'n',
  প: 'p',
  ফ: 'f',
  ব: 'b',
  ভ: 'bh',
  ম: 'm',
  য: 'j',
  র: 'r',
  ল: 'l',
  শ: 'sh',
  ষ: 'sh',
  স: 's',
  হ: 'h',
  ৎ: 't',
  // precomposed forms, in case the text was not normalised
  '\u09DC': 'r',
  '\u09DD': 'rh',
  '\u09DF': 'y',
};
/** Letters written as a base consonant plus nukta (Unicode decomposes them so). */
const NUKTA_CONSONANTS: Record<string, string> = { ড: 'r', ঢ: 'rh', য: 'y' };
/** Conjuncts Banglish spells as a whole rather than letter by letter. */
const CONJUNCTS: Record<string, string> = { ক্ষ: 'kkh', জ্ঞ: 'gg', ঙ্গ: 'ng' };
const INDEPENDENT_VOWELS: Record<string, string> = {
  অ: 'o',
  আ: 'a',
  ই: 'i',
  ঈ: 'i',
  উ: 'u',
  ঊ: 'u',
  ঋ: 'ri',
  এ: 'e',
  ঐ: 'oi',
  ও: 'o',
  ঔ: 'ou',
};
const VOWEL_SIGNS: Record<string, string> = {
  'া': 'a',
  'ি': 'i',
  'ী': 'i',
  'ু': 'u',
  'ূ': 'u',
  'ৃ': 'ri',
  'ে': 'e',
  'ৈ': 'oi',
  'ো': 'o',
  'ৌ': 'ou',
};
const SIGNS: Record<string, string> = { 'ং': 'ng', 'ঃ': 'h', 'ঁ': '' };
const VIRAMA = '্';
const NUKTA = '়';
const DIGITS = '০১২৩৪৫৬৭৮৯';

/** One consonant (or conjunct-as-a-whole) with what follows it: a vowel sign, a virama, or nothing. */
type Unit =
  | { kind: 'consonant'; latin: string; vowel: string | null; joined: boolean }
  | { kind: 'other'; latin: string };

function units(word: string): Unit[] {
  const chars = [...word];
  const out: Unit[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    const three = chars.slice(i, i + 3).join('');
    let latin: string | undefined;
    let width = 1;
    if (CONJUNCTS[three]) {
      latin = CONJUNCTS[three];
      width = 3;
    } else if (chars[i + 1] === NUKTA && NUKTA_CONSONANTS[c]) {
      latin = NUKTA_CONSONANTS[c];
      width = 2;
    } else if (CONSONANTS[c]) {
      latin = CONSONANTS[c];
    }
    if (latin !== undefined) {
      i += width;
      const next = chars[i];
      if (next !== undefined && VOWEL_SIGNS[next] !== undefined) {
        out.push({ kind: 'consonant', latin, vowel: VOWEL_SIGNS[next]!, joined: false });
        i += 1;
      } else if (next === VIRAMA) {
        // য-ফলা after a consonant is heard as a glide; a virama before another consonant joins them.
        out.push({ kind: 'consonant', latin, vowel: '', joined: true });
        i += 1;
        if (chars[i] === 'য' && chars[i + 1] !== NUKTA) {
          out.push({ kind: 'other', latin: 'y' });
          i += 1;
          if (chars[i] !== undefined && VOWEL_SIGNS[chars[i]!] !== undefined) {
            out.push({ kind: 'other', latin: VOWEL_SIGNS[chars[i]!]! });
            i += 1;
          }
        }
      } else {
        out.push({ kind: 'consonant', latin, vowel: null, joined: false });
      }
      continue;
    }
    if (INDEPENDENT_VOWELS[c] !== undefined) out.push({ kind: 'other', latin: INDEPENDENT_VOWELS[c]! });
    else if (SIGNS[c] !== undefined) out.push({ kind: 'other', latin: SIGNS[c]! });
    else if (DIGITS.includes(c)) out.push({ kind: 'other', latin: String(DIGITS.indexOf(c)) });
    else if (VOWEL_SIGNS[c] !== undefined) out.push({ kind: 'other', latin: VOWEL_SIGNS[c]! });
    else if (c !== NUKTA && c !== '\u200c' && c !== '\u200d') out.push({ kind: 'other', latin: c });
    i += 1;
  }
  return out;
}

function transliterateWord(word: string): string {
  const us = units(word);
  const bare = (u: Unit | undefined) => u?.kind === 'consonant' && u.vowel === null;
  return us
    .map((u, i) => {
      if (u.kind === 'other') return u.latin;
      if (u.vowel !== null) return u.latin + u.vowel;
      const last = i === us.length - 1;
      if (last) return u.latin;
      const next = us[i + 1];
      const nextIsBareFinal = bare(next) && i + 1 === us.length - 1;
      return u.latin + (i === 0 && next?.kind === 'consonant' ? 'o' : nextIsBareFinal ? 'o' : '');
    })
    .join('');
}

/** Latin text for Bangla text; other characters pass through untouched. */
export function transliterateBangla(text: string): string {
  return text
    .normalize('NFC')
    .split(/(\s+)/)
    .map((part) => (/\s/.test(part) || part === '' ? part : transliterateWord(part)))
    .join('');
}
