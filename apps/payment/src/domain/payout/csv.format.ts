/**
 * RFC 4180 output: a field with a comma, double quote, CR or LF is wrapped in double quotes with inner quotes
 * doubled; records end with CRLF. Text that a spreadsheet would run as a formula (starting with = + - @ or a
 * tab / CR) gets a leading apostrophe first, so an id or note can never execute in Excel (CSV injection).
 */
export function csvText(value: string): string {
  return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/** A field as is (numbers and dates we produce ourselves), quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRecord(fields: readonly string[]): string {
  return `${fields.join(',')}\r\n`;
}
