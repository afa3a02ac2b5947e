import type { PostDocument, Match } from '../../model/index.js';

/**
 * `detect: { kind: pattern }`: a screened regular expression over the draft's prose, one line
 * at a time, so that even a quadratic pattern only ever sees a line.
 */
export function patternDetector(spec: { pattern: string; 'ignore-case'?: boolean; group?: number }) {
  const group = spec.group ?? 0;
  // With a group, the 'd' flag gives the group's own offsets.
  const re = new RegExp(spec.pattern, `g${spec['ignore-case'] ? 'i' : ''}u${group ? 'd' : ''}`);
  return (doc: PostDocument): Match[] => {
    const out: Match[] = [];
    let lineStart = 0;
    for (const line of doc.prose.split('\n')) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        const span = group ? m.indices?.[group] : [m.index, m.index + m[0].length];
        if (span) out.push({ start: lineStart + span[0], end: lineStart + span[1] });
      }
      lineStart += line.length + 1;
    }
    return out;
  };
}
