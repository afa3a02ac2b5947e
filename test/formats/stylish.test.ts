import { describe, expect, it } from 'vitest';
import formatStylish, { printable, textWidth } from '../../src/formats/stylish.js';
import { CWD, finding, input, rules } from './fixture.js';

const ESC = '\u001b[';

describe('stylish', () => {
  it('groups by file, aligns columns, puts excerpt and citation under the message', () => {
    expect(formatStylish(input())).toBe(
      [
        'drafts/road.md',
        "   3:12  error    Personal phone number in a post: '0770•••••23'  dp/phone-number",
        '                  “call 0770•••••23”  (UK GDPR Art. 5(1)(c): Data minimisation)',
        '                  ↳ Fix dp/phone-number.',
        '   5:1   warning  English text with no Welsh version              welsh/missing-welsh',
        '                  “Road closed on Monday”  (Standard 58: Publishing material on social media in Welsh)',
        '                  ↳ Fix welsh/missing-welsh.',
        "  12:20  info     Hashtag '#roadclosedtoday' is not in CamelCase  a11y/camelcase-hashtag",
        '                  “#roadclosedtoday”  (WCAG 2.2 SC 1.3.1: Info and relationships)',
        '                  ↳ Fix a11y/camelcase-hashtag.',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        "Run 'smpolicy explain dp/phone-number' (or any rule id above) for the policy, why it matters and examples.",
        '',
      ].join('\n'),
    );
  });

  it('prints no ANSI escape at all when colour is off', () => {
    const out = formatStylish(input({ color: false }));
    expect(out).not.toContain('\u001b');
  });

  it('colours exactly when asked: underlined file, red error, yellow warning, cyan info, dim detail', () => {
    const out = formatStylish(input({ color: true }));
    expect(out).toContain(`${ESC}4mdrafts/road.md${ESC}24m`);
    expect(out).toContain(`${ESC}31merror${ESC}39m`);
    expect(out).toContain(`${ESC}33mwarning${ESC}39m`);
    expect(out).toContain(`${ESC}36minfo${ESC}39m`);
    expect(out).toContain(`${ESC}2m“call 0770•••••23”  (UK GDPR Art. 5(1)(c): Data minimisation)${ESC}22m`);
    // Without the escapes, the text is the same as the plain output.
    expect(out.replace(/\u001b\[\d+m/g, '')).toBe(formatStylish(input({ color: false })));
  });

  it('summarises a clean run', () => {
    const clean = input();
    clean.results = clean.results.map((r) => ({ ...r, findings: [] }));
    expect(formatStylish(clean)).toBe('✔ 2 files checked, no problems\n');
    expect(formatStylish({ ...clean, results: clean.results.slice(0, 1) })).toBe('✔ 1 file checked, no problems\n');
    expect(formatStylish({ ...clean, color: true })).toContain(ESC);
  });

  it('colours the summary by the worst severity and pluralises each count', () => {
    const only = (severity: 'warning' | 'info') =>
      input({ color: true, results: [{ file: 'a.md', kind: 'post', findings: [finding({ severity }), finding({ severity })] }] });
    expect(formatStylish(only('warning'))).toContain(`${ESC}33m${ESC}1m✖ 2 problems (0 errors, 2 warnings, 0 infos)`);
    expect(formatStylish(only('info'))).toContain(`${ESC}36m${ESC}1m✖ 2 problems (0 errors, 0 warnings, 2 infos)`);
  });

  it('shows an absolute path inside the working directory relative to it', () => {
    const out = formatStylish(input({ results: [{ file: `${CWD}/drafts/a.md`, kind: 'post', findings: [finding()] }] }));
    expect(out.split('\n')[0]).toBe('drafts/a.md');
  });

  it('leaves out an empty excerpt and an empty citation', () => {
    const f = finding({ excerpt: '', policy: { pack: 'p', ref: '', title: '' } });
    const out = formatStylish(input({ results: [{ file: 'a.yaml', kind: 'account', findings: [f] }] }));
    expect(out.split('\n')).toHaveLength(7); // file, finding, how to fix, blank, summary, explain, final ''
  });

  it('neutralises terminal escapes and line breaks from draft text', () => {
    const hostile = finding({
      message: 'Bad\u001b[2J\u001b]0;owned\u0007 text',
      excerpt: 'line one\r\nline two\u009b31m\ttab',
    });
    const out = formatStylish(input({ color: false, results: [{ file: 'a.md', kind: 'post', findings: [hostile] }] }));
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('Bad␛[2J␛]0;owned␇ text');
    expect(out).toContain('“line one↵line two\ufffd31m tab”');
  });

  it('wraps how to fix to the width, three lines at most, under the message', () => {
    const long = rules();
    long.set('dp/phone-number', { ...long.get('dp/phone-number')!, remediation: `Remove the number. ${'Ask the resident to contact us privately instead. '.repeat(6)}` });
    const out = formatStylish(input({ rules: long, width: 60 })).split('\n');
    const help = out.filter((l) => /^ {18}(↳ | {2})\S/.test(l));
    expect(help[0]).toBe('                  ↳ Remove the number. Ask the resident to');
    expect(help.length).toBeGreaterThanOrEqual(3);
    for (const line of out.slice(0, 4)) if (line.includes('↳') || line.startsWith('                    ')) expect(textWidth(line)).toBeLessThanOrEqual(60);
    const phoneHelp = out.slice(3, 6);
    expect(phoneHelp[2]).toMatch(/ …$/);
  });

  it('measures terminal width by grapheme', () => {
    expect(textWidth('Road closed')).toBe(11);
    expect(textWidth('Ffordd ar gau ŵyl')).toBe(17);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('🚧 closed')).toBe(9);
    expect(textWidth('道路')).toBe(4);
    expect(printable('a\tb')).toBe('a b');
  });

  it('keeps rule ids aligned after a message with emoji', () => {
    const out = formatStylish(
      input({
        results: [
          { file: 'a.md', kind: 'post', findings: [finding({ message: '🚧 Road closed' }), finding({ line: 4, message: 'Plain message' })] },
        ],
      }),
    );
    const [first, second] = out.split('\n').filter((l) => l.includes('dp/phone-number') && !l.includes('↳'));
    expect(textWidth(first.slice(0, first.indexOf('dp/')))).toBe(textWidth(second.slice(0, second.indexOf('dp/'))));
  });
});
