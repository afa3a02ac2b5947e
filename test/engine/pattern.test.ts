import { BUILTINS } from '../../src/packs/registry.js';
import { describe, expect, it } from 'vitest';
import { patternDetector } from '../../src/engine/kinds/pattern.js';
import { loadPackText } from '../../src/engine/pack-loader.js';
import { checkPattern } from '../../src/engine/regex-safety.js';

const problem = async (source: string, trusted = false) => (await checkPattern(source, false, trusted)).problem;
import { parseDraft } from '../../src/inputs/draft.js';
import { runCli, tempDir } from '../support/cli.js';
import { packFrom, packYaml, postRule } from '../support/packs.js';
import { lintText } from '../support/engine.js';

type Spec = Parameters<typeof patternDetector>[0];

async function matches(spec: Spec, text: string, file = 'draft.md'): Promise<Array<[number, number, string]>> {
  const { doc } = await parseDraft(text, file);
  return patternDetector(spec)(doc!).map((m) => [m.start, m.end, text.slice(m.start, m.end)]);
}

/** A pack whose only rule has `detect: { kind: pattern, pattern: <source> }`, and the 1-based line of `pattern:`. */
function patternPack(source: string): { yaml: string; line: number; column: number } {
  const yaml = packYaml('re', postRule('test/re', `\n      kind: pattern\n      pattern: ${JSON.stringify(source)}`));
  const lines = yaml.split('\n');
  const line = lines.findIndex((l) => /^\s+pattern: /.test(l)) + 1;
  return { yaml, line, column: lines[line - 1].indexOf('pattern') + 1 };
}

describe('pattern kind', () => {
  it('reports every match with its offsets', async () => {
    expect(await matches({ pattern: '\\bPL/\\d{5}/\\d{4}\\b' }, 'Refs PL/05123/2026 and PL/05124/2026.')).toEqual([
      [5, 18, 'PL/05123/2026'],
      [23, 36, 'PL/05124/2026'],
    ]);
  });

  it('is case-sensitive unless ignore-case', async () => {
    expect(await matches({ pattern: 'draft' }, 'DRAFT draft')).toEqual([[6, 11, 'draft']]);
    expect((await matches({ pattern: 'draft', 'ignore-case': true }, 'DRAFT draft')).map((m) => m[2])).toEqual(['DRAFT', 'draft']);
  });

  it('group picks the reported part', async () => {
    expect(await matches({ pattern: 'password: (\\S+)', group: 1 }, 'My password: hunter2 ok')).toEqual([[13, 20, 'hunter2']]);
  });

  it('an unmatched optional group is not reported', async () => {
    expect(await matches({ pattern: 'ref(?: (\\d+))?', group: 1 }, 'ref and ref 12')).toEqual([[12, 14, '12']]);
  });

  it('group offsets are those of the group even when its text occurs earlier in the match', async () => {
    expect(await matches({ pattern: '(\\d+)-(\\d+)', group: 2 }, '12-12')).toEqual([[3, 5, '12']]);
  });

  it('skips empty matches without looping', async () => {
    expect(await matches({ pattern: 'x*' }, 'aaxxa')).toEqual([[2, 4, 'xx']]);
  });

  it('is Unicode-aware (u flag)', async () => {
    expect((await matches({ pattern: '\\p{Lu}{2,}' }, 'ŴŶ ab CD')).map((m) => m[2])).toEqual(['ŴŶ', 'CD']);
  });

  it('runs over prose: not code, URLs or comments', async () => {
    const text = '`secret` <!-- secret --> [x](https://e.org/secret) secret';
    expect((await matches({ pattern: 'secret' }, text)).map((m) => m[0])).toEqual([text.lastIndexOf('secret')]);
  });

  it('through the engine: findings at line:column, message filled', async () => {
    const pack = await packFrom(packYaml('p', postRule('test/ref', '{ kind: pattern, pattern: "INV-\\\\d+" }')));
    const findings = await lintText('x\r\n  INV-2026 and INV-7\r\n', 'draft.txt', { packs: [pack] });
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.message}`)).toEqual(["2:3-11 Test finding 'INV-2026'", "2:16-21 Test finding 'INV-7'"]);
  });
});

describe('regular expression screen', () => {
  it.each([
    ['a normal pattern', '\\b\\d{3}-\\d{4}\\b'],
    ['alternation without nesting', '\\b(?:OFFICIAL|SECRET)\\b'],
    ['one level of quantifier', '(ab)+c'],
  ])('accepts %s', async (_, source) => {
    expect(await problem(source)).toBeUndefined();
    const { yaml } = patternPack(source);
    const { pack, errors } = await loadPackText(yaml, 'pack.yaml', BUILTINS);
    expect(errors).toEqual([]);
    expect(pack?.rules[0].id).toBe('test/re');
  });

  it('accepts a lookbehind (a Unicode word boundary), run in JavaScript once proved safe', async () => {
    expect(await checkPattern('(?<![\\p{L}])Cymraeg(?![\\p{L}])', false)).toEqual({ engine: 'js' });
  });

  it.each([
    ['nested quantifiers (a+)+$', '(a+)+$', 'a'.repeat(100_000) + '!'],
    ['nested star (a*)*b', '(a*)*b', 'a'.repeat(100_000)],
    ['a quadratic search \\s+x', '\\s+x', ' '.repeat(120_000)],
  ])("a user's %s runs in RE2, in linear time, instead of hanging", async (_, source, attack) => {
    expect(await checkPattern(source, false)).toEqual({ engine: 're2' });
    // In JavaScript's engine this line would take longer than the age of the universe.
    expect(await matches({ pattern: source, engine: 're2' }, attack, 'draft.txt')).toEqual([]);
  });

  it('a shipped pack pattern recheck proves safe runs in JavaScript; one it does not runs in RE2', async () => {
    expect(await checkPattern('\\b(?:OFFICIAL|SECRET)\\b', false, true)).toEqual({ engine: 'js' });
    expect(await checkPattern('\\d+ days', false, true)).toEqual({ engine: 're2' });
  });

  it.each([
    ['nested quantifiers behind a lookbehind', '(?<![\\p{L}])(a+)+$', /catastrophically \(exponential/],
    ['a quadratic search beside a lookahead', '\\s+x(?=y)', /catastrophically \(quadratic/],
    ['a numbered back-reference', '(a)\\1', /back-references/],
    ['a named back-reference', '(?<q>["\'])x\\k<q>', /back-references/],
    ['an unclosed group', '(abc', /^invalid regular expression/],
    ['an invalid escape in u mode', '\\p{NotAProperty}', /^invalid regular expression/],
  ])('rejects %s, at the pattern key in the pack', async (_, source, message) => {
    expect(await problem(source)).toMatch(message);
    const { yaml, line, column } = patternPack(source);
    const { pack, errors } = await loadPackText(yaml, 'pack.yaml', BUILTINS);
    expect(pack).toBeUndefined();
    expect(errors.map((e) => e.format())).toEqual([expect.stringMatching(new RegExp(`^pack\\.yaml:${line}:${column}: `))]);
    expect(errors[0].message).toMatch(message);
  });

  it('screens field `matches` patterns too', async () => {
    const yaml = [
      'pack: acc',
      'title: Acc',
      'rules:',
      '  - id: test/owner',
      '    category: test',
      '    severity: error',
      '    applies-to: account',
      '    policy: { ref: T, title: T }',
      '    message: m',
      '    remediation: r',
      '    examples: { bad: [{}], good: [{}] }',
      '    detect: { kind: field, pointer: /owner, matches: "(?<!x)^(a+)+@x$" }',
      '',
    ].join('\n');
    const { errors } = await loadPackText(yaml, 'acc.yaml', BUILTINS);
    expect(errors.map((e) => e.format())).toEqual([expect.stringMatching(/^acc\.yaml:12:\d+: pattern can backtrack catastrophically/)]);
  });

  it('validate-policy rejects a catastrophic lookbehind pattern with file:line:col', async () => {
    const { yaml, line, column } = patternPack('(?<!b)(a+)+$');
    const dir = tempDir({ 'pack.yaml': yaml });
    const r = await runCli(['validate-policy', 'pack.yaml'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^pack\\.yaml:${line}:${column}: pattern can backtrack catastrophically \\(exponential time, e\\.g\\. on '[^']*'\\): remove nested or overlapping repetition such as \\(a\\+\\)\\+ or \\(x\\|x\\)\\*, or the lookaround that keeps it from running in linear time\\n$`));
  });

  it('a catastrophic pattern never runs: check refuses the pack at load, before any file is read', async () => {
    const { yaml } = patternPack('(?<!b)(a+)+$');
    const dir = tempDir({ 'pack.yaml': yaml, 'a.md': `${'a'.repeat(40)}!\n` });
    const r = await runCli(['check', 'a.md', 'missing.md', '--policy', 'pack.yaml', '--format', 'json'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^pack\.yaml:\d+:\d+: pattern can backtrack catastrophically/);
    // Had any file been read, the missing one would have been reported too.
    expect(r.stderr).not.toMatch(/missing\.md/);
  });

  it('rejects (?=x)(x|x)*y (overlapping alternatives under a star, with a lookahead) with file:line:col', async () => {
    expect(await problem('(?=x)(x|x)*y')).toEqual(expect.stringMatching(/catastrophic/));
    const { yaml, line, column } = patternPack('(?=x)(x|x)*y');
    const dir = tempDir({ 'pack.yaml': yaml });
    const r = await runCli(['validate-policy', 'pack.yaml'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^pack\\.yaml:${line}:${column}: .*catastrophic`));
  });

  it('check refuses a pack with (?=x)(x|x)*y at load', async () => {
    const { yaml } = patternPack('(?=x)(x|x)*y');
    const dir = tempDir({ 'pack.yaml': yaml, 'a.md': 'xxxxxxxx\n' });
    const r = await runCli(['check', 'a.md', '--policy', 'pack.yaml'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.code).toBe(2);
  });
});
