import { requirePackage } from '../support/require-package.js';

/**
 * Screens a pack author's regular expression before it runs on anyone's text, with recheck
 * (an ReDoS checker that proves a pattern safe by automata analysis and by fuzzing): a pattern
 * with exponential or cubic-and-worse backtracking, such as /(a+)+$/ or /(x|x)*y/, is refused,
 * and so is one recheck cannot decide in its time budget, or one with back-references (no
 * checker can bound those). Quadratic patterns are common and harmless on short text
 * (/(ab)+c/ searched along a line), so they are accepted, and pattern rules run one line at a
 * time. Refusing at load time is what bounds a run: JavaScript cannot interrupt a regular
 * expression once it is running.
 */
export async function regexProblem(source: string, flags: string): Promise<string | undefined> {
  try {
    new RegExp(source, flags);
  } catch (e) {
    return `invalid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed in pack patterns (they can backtrack without bound)';
  // The pure-JavaScript backend: no worker thread or native binary to start.
  process.env.RECHECK_BACKEND ??= 'pure';
  const { checkSync } = requirePackage<typeof import('recheck')>('recheck');
  const result = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 5000 });
  if (result.status === 'vulnerable' && (result.complexity.type === 'exponential' || result.complexity.degree > 2)) {
    const kind = result.complexity.type === 'exponential' ? 'exponential' : `degree-${result.complexity.degree} polynomial`;
    return `pattern can backtrack catastrophically (${kind} time, e.g. on '${truncate(result.attack.string)}'): remove nested or overlapping repetition such as (a+)+ or (x|x)*`;
  }
  if (result.status === 'unknown') return 'pattern is too complex to prove safe from catastrophic backtracking; simplify it';
  return undefined;
}

const truncate = (s: string) => (s.length > 24 ? `${s.slice(0, 21)}...` : s);
