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

  it('names the line an unterminated quote opens on, counting blank lines and line breaks inside quotes', () => {
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(new CsvSyntaxError(2, 'a quoted field is never closed'));
    expect(() => parseCsv('a\r\n"x\r\ny"\r\n\r\nb,"open\r\nc')).toThrow(
      new CsvSyntaxError(5, 'a quoted field is never closed'),
    );
  });

  it('keeps text after a closing quote as text, as spreadsheets read it', () => {
    expect(parseCsv('a\n"x"y,b')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['"x"y', 'b'] },
    ]);
  });

  it('counts lines through CRLF inside quoted fields and mixed line ends', () => {
    expect(parseCsv('h\r\nx,"a\r\nb\r\nc"\r\nnext,1\r\n\r\nlast,2\nlf,3\rcr,4').map((r) => r.line)).toEqual([
      1, 2, 5, 7, 8, 9,
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('5" screen,b')[0]!.fields).toEqual(['5" screen', 'b']);
  });
});
