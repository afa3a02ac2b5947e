/**
 * Screens a pack author's regular expression before it runs on anyone's text. safe-regex2
 * rejects nested quantifiers (star height > 1, the cause of catastrophic backtracking such as
 * /(a+)+$/); back-references are rejected too, since no screen can bound them. Together with
 * running patterns over one post at a time this keeps a bad pack from hanging a run.
 */
export async function regexProblem(source: string, flags: string): Promise<string | undefined> {
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    return `invalid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed in pack patterns (they can backtrack without bound)';
  const { default: safeRegex } = await import('safe-regex2');
  if (!safeRegex(re, { limit: 25 })) {
    return 'pattern may backtrack catastrophically (nested or overlapping quantifiers such as (a+)+); simplify it';
  }
  return undefined;
}
