import { CsvSyntaxError, parseCsv } from './csv-parser';

describe('parseCsv (RFC 4180)', () => {
  it('splits records and fields, with CRLF or LF line ends', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\n4,5,6')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
      { line: 3, fields: ['4', '5', '6'] },
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks, and counts lines through them', () => {
    const records = parseCsv('title,note\n"Saree, red","said ""hello""\nsecond line"\nlast,""');
    expect(records).toEqual([
      { line: 1, fields: ['title', 'note'] },
      { line: 2, fields: ['Saree, red', 'said "hello"\nsecond line'] },
      { line: 4, fields: ['last', ''] },
    ]);
  });

  it('keeps empty fields, skips blank lines and drops a UTF-8 byte-order mark', () => {
    expect(parseCsv('\uFEFFa,,c\n\n,,\n')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 3, fields: ['', '', ''] },
    ]);
  });

  it('keeps Bangla text as it is', () => {
    expect(parseCsv('শাড়ি,"জামদানি, লাল"')[0]!.fields).toEqual(['শাড়ি', 'জামদানি, লাল']);
  });

  it('names the line of an unterminated quote or text after a closing quote', () => {
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(new CsvSyntaxError(2, 'a quoted field is never closed'));
    expect(() => parseCsv('a\n"x"y,b')).toThrow(/line 2: unexpected text after a closing quote/);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('5" screen,b')[0]!.fields).toEqual(['5" screen', 'b']);
  });
});
