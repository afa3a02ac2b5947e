import type { Match, PostDocument } from '../../model/index.js';
import { compilePattern, type PatternEngine } from '../regex-safety.js';

const LINE = /\r\n|\r|\n/g;

/**
 * `detect: { kind: pattern }`: a regular expression over the draft's prose, one line at a
 * time (a match never spans lines), in the engine the loader chose for it (regex-safety.ts:
 * RE2 for a user's pattern, so it runs in linear time whatever it is).
 */
export function patternDetector(spec: { pattern: string; 'ignore-case'?: boolean; group?: number; engine?: PatternEngine }) {
  const find = compilePattern(spec.pattern, { ignoreCase: spec['ignore-case'], group: spec.group, engine: spec.engine ?? 're2' });
  return (doc: PostDocument): Match[] => {
    const out: Match[] = [];
    const prose = doc.prose;
    let lineStart = 0;
    LINE.lastIndex = 0;
    for (let done = false; !done; ) {
      const brk = LINE.exec(prose);
      const lineEnd = brk ? brk.index : prose.length;
      if (lineEnd > lineStart) for (const [s, e] of find(prose.slice(lineStart, lineEnd))) out.push({ start: lineStart + s, end: lineStart + e });
      if (!brk) done = true;
      else lineStart = brk.index + brk[0].length;
    }
    return out;
  };
}
