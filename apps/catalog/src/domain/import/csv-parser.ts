import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** The line the record starts on, 1-based (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;

const REASONS: Partial<Record<CsvError['code'], string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected text after a closing quote',
};

/**
 * RFC 4180 CSV, read by csv-parse: comma-separated fields, CRLF, LF or CR line ends (mixed too), fields in double
 * quotes may hold commas, line breaks and doubled quotes (""). A leading byte-order mark (Excel's "CSV UTF-8") is
 * dropped, blank lines are skipped. A quote inside an unquoted field, or text after a closing quote, is kept as
 * text (csv-parse's `relax_quotes`), as spreadsheets write and read it; the cell's own checks then name it.
 *
 * Line numbers are counted here rather than taken from csv-parse, which counts a CRLF inside a quoted field as
 * two lines: each record starts on the line after the previous one's last line.
 */
export function parseCsv(input: string): CsvRecord[] {
  let nextLine = 1;
  const starts: number[] = [];
  try {
    const rows = parse(input, {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (fields: string[]) => {
        const line = nextLine;
        nextLine += 1 + fields.reduce((breaks, field) => breaks + (field.match(LINE_BREAK)?.length ?? 0), 0);
        if (fields.length === 1 && fields[0] === '') return null; // a blank line
        starts.push(line);
        return fields;
      },
    });
    return rows.map((fields, index) => ({ line: starts[index]!, fields }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const reason = REASONS[error.code] ?? error.message.replace(/ at line \d+/, '');
    throw new CsvSyntaxError(nextLine, reason);
  }
}
