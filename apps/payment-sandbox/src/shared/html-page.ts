const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Minimal server-rendered pages for the shopper-facing checkout screens. */
export class HtmlPage {
  static escape(value: string): string {
    return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
  }

  static render(title: string, body: string): string {
    return [
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${HtmlPage.escape(title)}</title>`,
      '<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}',
      'dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}form{display:inline}',
      'button{margin:.25rem;padding:.5rem 1rem}.sandbox{color:#a00;font-size:.85rem}</style>',
      '</head><body>',
      `<h1>${HtmlPage.escape(title)}</h1>`,
      '<p class="sandbox">GetIt payment sandbox: no real money moves.</p>',
      body,
      '</body></html>',
    ].join('\n');
  }

  /** A definition list of label/value pairs. */
  static details(rows: Record<string, string>): string {
    const items = Object.entries(rows)
      .map(([label, value]) => `<dt>${HtmlPage.escape(label)}</dt><dd>${HtmlPage.escape(value)}</dd>`)
      .join('');
    return `<dl>${items}</dl>`;
  }

  /** One button per shopper choice, each a POST to `${action}?outcome=<choice>`. */
  static choices(action: string, choices: Record<string, string>): string {
    return Object.entries(choices)
      .map(
        ([outcome, label]) =>
          `<form method="post" action="${HtmlPage.escape(`${action}?outcome=${encodeURIComponent(outcome)}`)}">` +
          `<button type="submit" name="outcome" value="${HtmlPage.escape(outcome)}">${HtmlPage.escape(label)}</button></form>`,
      )
      .join('\n');
  }

  /** The page a gateway uses to make the browser POST form fields to the merchant. */
  static autoSubmitForm(action: string, fields: Record<string, string>): string {
    const inputs = Object.entries(fields)
      .map(
        ([name, value]) =>
          `<input type="hidden" name="${HtmlPage.escape(name)}" value="${HtmlPage.escape(value)}">`,
      )
      .join('\n');
    return HtmlPage.render(
      'Returning to the merchant…',
      `<form id="return" method="post" action="${HtmlPage.escape(action)}">\n${inputs}\n` +
        '<button type="submit">Continue</button></form>\n' +
        '<script>document.getElementById("return").submit()</script>',
    );
  }
}
