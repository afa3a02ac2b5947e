import type { PostDocument, Match } from '../types.js';

/** `detect: { kind: pattern }`: a screened regular expression over the draft's prose. */
export function patternDetector(spec: { pattern: string; 'ignore-case'?: boolean; group?: number }) {
  const re = new RegExp(spec.pattern, spec['ignore-case'] ? 'giu' : 'gu');
  const group = spec.group ?? 0;
  return (doc: PostDocument): Match[] => {
    const out: Match[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(doc.prose); m; m = re.exec(doc.prose)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const text = m[group];
      if (text === undefined) continue;
      const start = m.index + (group ? m[0].indexOf(text) : 0);
      out.push({ start, end: start + text.length });
    }
    return out;
  };
}
