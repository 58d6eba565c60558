/** Bump with every change to synonyms/banglish-synonyms.txt: the reindex names the new index after it. */
export const SYNONYMS_VERSION = 1;

export function parseSynonymLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * Query-time expansion for engines without a synonym filter (the Postgres index): each single word maps to the
 * other single words of its groups.
 */
export class SynonymExpander {
  private readonly groups = new Map<string, string[]>();

  constructor(lines: string[]) {
    for (const line of lines) {
      const words = line.split(',').map((word) => word.trim().toLowerCase()).filter((w) => w && !w.includes(' '));
      for (const word of words) this.groups.set(word, [...new Set([...(this.groups.get(word) ?? []), ...words])]);
    }
  }

  expand(word: string): string[] {
    return this.groups.get(word.toLowerCase()) ?? [word];
  }
}
