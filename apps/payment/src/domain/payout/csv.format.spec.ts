import { csvField, csvRecord, csvText } from './csv.format';

describe('RFC 4180 fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    ['-442.50', '-442.50'],
  ])('%j → %j', (value, field) => expect(csvField(value)).toBe(field));

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvText('+8801712345678')).toBe(`'+8801712345678`);
    expect(csvText('@sum')).toBe(`'@sum`);
    expect(csvText('ord-1')).toBe('ord-1');
  });

  it('ends each record with CRLF', () => {
    expect(csvRecord(['a', 'b'])).toBe('a,b\r\n');
  });
});
