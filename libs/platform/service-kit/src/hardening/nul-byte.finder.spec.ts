import { nulBytePath } from './nul-byte.finder';

describe('nulBytePath', () => {
  it('finds nothing in clean input, whatever its shape', () => {
    expect(
      nulBytePath({ title: { bn: 'জামদানি', en: 'Jamdani' }, tags: ['a', 1, null, true] }),
    ).toBeUndefined();
    expect(nulBytePath(undefined)).toBeUndefined();
    expect(nulBytePath(Buffer.from([0, 0, 0]))).toBeUndefined();
  });

  it('names the field holding a NUL, in the dotted form problem bodies use', () => {
    expect(nulBytePath({ address: { street: 'Road 5\u0000' } })).toBe('address.street');
    expect(nulBytePath({ variants: [{ sku: 'A' }, { sku: '\u0000B' }] })).toBe('variants.1.sku');
    expect(nulBytePath({ district: ['Dhaka', '\u0000'] })).toBe('district.1');
  });

  it('reports the first offending field in document order', () => {
    expect(nulBytePath({ a: 'ok', b: 'x\u0000', c: '\u0000' })).toBe('b');
  });

  it('catches a NUL in a key, and a bare string as the empty path', () => {
    expect(nulBytePath({ options: { 'col\u0000our': 'red' } })).toBe('options.col\u0000our');
    expect(nulBytePath('sku,price\n\u0000,1')).toBe('');
  });

  it('walks a deeply nested body without overflowing the stack', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(nulBytePath(deep)).toBe(Array.from({ length: 50_000 }, () => '0').join('.'));
  });
});
