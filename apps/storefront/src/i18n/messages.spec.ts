import bn from '../../messages/bn.json';
import en from '../../messages/en.json';

/** Every leaf key as a dotted path: `cart.priceChanged`. */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** The `{placeholders}` a message uses (ICU argument names, plural selectors included). */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z]+)\s*[,}]/g)].map(([, name]) => name!).sort();
}

function leaf(messages: object, path: string): string {
  return path.split('.').reduce<any>((node, key) => node[key], messages);
}

describe('message catalogue', () => {
  it('has every key in both Bangla and English', () => {
    expect({ missingInBangla: keys(en).filter((k) => !keys(bn).includes(k)) }).toEqual({
      missingInBangla: [],
    });
    expect({ missingInEnglish: keys(bn).filter((k) => !keys(en).includes(k)) }).toEqual({
      missingInEnglish: [],
    });
  });

  it('uses the same placeholders in both languages, so no value is dropped in translation', () => {
    const differing = keys(en).filter(
      (k) => JSON.stringify(placeholders(leaf(en, k))) !== JSON.stringify(placeholders(leaf(bn, k))),
    );
    expect(differing).toEqual([]);
  });

  it('has no empty message', () => {
    expect([
      ...keys(en).filter((k) => !leaf(en, k).trim()),
      ...keys(bn).filter((k) => !leaf(bn, k).trim()),
    ]).toEqual([]);
  });
});
