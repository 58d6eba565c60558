import type { FastifyInstance } from 'fastify';

export type FormFields = Record<string, string>;

/**
 * Form bodies as gateways receive them: `application/x-www-form-urlencoded` from most HTTP clients and
 * `multipart/form-data` from PHP's curl with an array body (SSLCommerz's own sample). Text fields only;
 * a repeated name keeps its last value, as PHP's `$_POST` does.
 */
export class FormBodyParser {
  static register(app: FastifyInstance): void {
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
      done(null, FormBodyParser.parseUrlEncoded(String(body))),
    );
    app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (req, body, done) => {
      const boundary = FormBodyParser.boundaryOf(String(req.headers['content-type'] ?? ''));
      if (!boundary)
        return done(Object.assign(new Error('multipart body without a boundary'), { statusCode: 400 }));
      done(null, FormBodyParser.parseMultipart(body as Buffer, boundary));
    });
  }

  static parseUrlEncoded(body: string): FormFields {
    return Object.fromEntries(new URLSearchParams(body));
  }

  static boundaryOf(contentType: string): string | null {
    const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    return match ? (match[1] ?? match[2] ?? null) : null;
  }

  static parseMultipart(body: Buffer, boundary: string): FormFields {
    const fields: FormFields = {};
    const text = body.toString('utf8');
    for (const part of text.split(`--${boundary}`)) {
      const headerEnd = part.indexOf('\r\n\r\n');
      if (headerEnd < 0) continue;
      const headers = part.slice(0, headerEnd);
      const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(headers)?.[1];
      if (name === undefined || /filename=/i.test(headers)) continue;
      fields[name] = part.slice(headerEnd + 4).replace(/\r\n$/, '');
    }
    return fields;
  }
}
