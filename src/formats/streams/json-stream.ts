/** `audit --report json`: the `check` JSON object (DESIGN §4), results streamed, each with `post` when from an export. */
import { publicResult } from '../json.js';
import type { ReportWriter } from './writer.js';

export function jsonWriter(): ReportWriter {
  let first = true;
  return {
    start: () => '{\n  "version": 1,\n  "results": [',
    result(r) {
      const text = JSON.stringify(publicResult(r), null, 2).replace(/\n/g, '\n    ');
      const out = `${first ? '\n' : ',\n'}    ${text}`;
      first = false;
      return out;
    },
    end: (summary) => `${first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary)}\n}\n`,
  };
}
