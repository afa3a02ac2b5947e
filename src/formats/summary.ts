import type { FileResult } from '../model/index.js';

/** The `summary` object of the JSON format (DESIGN §4), also printed by stylish and junit. */
export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarise(results: readonly FileResult[]): Summary {
  const summary: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

/** "1 error", "2 warnings", "0 infos". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
