/** Collects per-field validation messages the way couriers report them ({field: [message]}). */
export class FieldCheck {
  readonly errors: Record<string, string[]> = {};

  constructor(private readonly body: Record<string, unknown>) {}

  static of(body: unknown): FieldCheck {
    return new FieldCheck(
      body !== null && typeof body === 'object' && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : {},
    );
  }

  text(field: string, min: number, max: number, required = true): string {
    const value = this.body[field];
    if (value === undefined || value === null || value === '') {
      if (required) this.fail(field, `The ${field} field is required.`);
      return '';
    }
    const text = String(value).trim();
    if (text.length < min || text.length > max)
      this.fail(field, `The ${field} must be between ${min} and ${max} characters.`);
    return text;
  }

  phone(field: string, required = true): string {
    const text = this.text(field, 11, 11, required);
    if (text && !/^01[3-9]\d{8}$/.test(text)) this.fail(field, `The ${field} must be 11 digits starting 01.`);
    return text;
  }

  number(field: string, min: number, max: number, required = true): number {
    const value = this.body[field];
    if (value === undefined || value === null || value === '') {
      if (required) this.fail(field, `The ${field} field is required.`);
      return 0;
    }
    const number = Number(value);
    if (!Number.isFinite(number) || number < min || number > max)
      this.fail(field, `The ${field} must be a number between ${min} and ${max}.`);
    return number;
  }

  fail(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}
