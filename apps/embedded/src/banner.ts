/** One address a person opens: the banner lists these and nothing internal. */
export interface PublicUrl {
  label: string;
  url: string;
  /** Printed after the URL, e.g. another query to try. */
  hint?: string;
}

export interface BannerContent {
  /** In the order a newcomer should try them: the first one is where to start. */
  publicUrls: PublicUrl[];
  /** Lines about what was set up (database, demo data), printed before the URLs. */
  facts: string[];
  /** Printed after the URLs (demo logins and the like). */
  notes: string[];
}

const LABEL_WIDTH = 19;
const indent = (line: string) => (line ? `  ${line}` : '');

/** What `npm start` prints once everything is up. */
export function bannerLines({ publicUrls, facts, notes }: BannerContent): string[] {
  const urls = publicUrls.map(
    ({ label, url, hint }) => `  ${label.padEnd(LABEL_WIDTH)}${url}${hint ? `   ${hint}` : ''}`,
  );
  return [
    ...facts.map(indent),
    '',
    ...urls,
    '',
    ...(notes.length ? [...notes.map(indent), ''] : []),
    'Ready. Ctrl-C stops everything.',
  ];
}
