import { describe, expect, it } from 'vitest';
import formatGithub, { escapeData, escapeProperty } from '../../src/formats/github.js';
import { CWD, finding, input, rules } from './fixture.js';

describe('github', () => {
  it('prints one workflow command per finding: error, warning, notice', () => {
    expect(formatGithub(input())).toBe(
      [
        "::error file=drafts/road.md,line=3,col=12,endLine=3,endColumn=25,title=dp/phone-number::Personal phone number in a post: '0770•••••23'%0A(UK GDPR Art. 5(1)(c): Data minimisation)%0AHow to fix: Fix dp/phone-number.",
        // Spans lines 5–6: GitHub refuses columns on a multi-line annotation.
        '::warning file=drafts/road.md,line=5,endLine=6,title=welsh/missing-welsh::English text with no Welsh version%0A(Standard 58: Publishing material on social media in Welsh)%0AHow to fix: Fix welsh/missing-welsh.',
        "::notice file=drafts/road.md,line=12,col=20,endLine=12,endColumn=36,title=a11y/camelcase-hashtag::Hashtag '#roadclosedtoday' is not in CamelCase%0A(WCAG 2.2 SC 1.3.1: Info and relationships)%0AHow to fix: Fix a11y/camelcase-hashtag.",
        '',
      ].join('\n'),
    );
  });

  it('says how to fix each finding, from its rule, in the rule\'s language; a rule it does not know gets no such line', () => {
    const known = rules();
    known.set('dp/phone-number', { ...known.get('dp/phone-number')!, remediation: 'Tynnwch y rhif\n  ffôn.', lang: 'cy' });
    const out = formatGithub(input({ rules: known, results: [{ file: 'a.md', kind: 'post', findings: [finding(), finding({ ruleId: 'local/unknown' })] }] }));
    expect(out).toContain("%0ASut i'w gywiro: Tynnwch y rhif ffôn.\n");
    expect(out.split('\n')[1]).not.toContain('%0AHow to fix');
  });

  it('prints nothing for clean files', () => {
    expect(formatGithub(input({ results: [{ file: 'a.md', kind: 'post', findings: [] }] }))).toBe('');
  });

  it('escapes data and properties so draft text cannot inject commands', () => {
    const hostile = finding({
      message: '100% done\r\n::error file=x::pwned\n::add-mask::x',
      ruleId: 'dp/x,y:z',
      policy: { pack: 'p', ref: '', title: '' },
    });
    const out = formatGithub(input({ results: [{ file: `${CWD}/drafts/a,b:c%.md`, kind: 'post', findings: [hostile] }] }));
    expect(out.split('\n')).toHaveLength(2);
    expect(out).toBe(
      '::error file=drafts/a%2Cb%3Ac%25.md,line=3,col=12,endLine=3,endColumn=25,title=dp/x%2Cy%3Az' +
        '::100%25 done%0D%0A::error file=x::pwned%0A::add-mask::x\n',
    );
  });

  it('follows the toolkit escaping rules', () => {
    expect(escapeData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
  });

  it('gives a file-level annotation when there is no line', () => {
    const out = formatGithub(input({ results: [{ file: 'a.yaml', kind: 'account', findings: [finding({ line: 0, column: 0, endLine: 0, endColumn: 0 })] }] }));
    expect(out.startsWith('::error file=a.yaml,title=dp/phone-number::')).toBe(true);
  });
});
