import { describe, expect, it } from 'vitest';
import formatJunit, { attr, text } from '../../src/formats/junit.js';
import { finding, input } from './fixture.js';

/**
 * A small XML 1.0 well-formedness check, enough for what junit.ts emits: declaration, balanced
 * elements, quoted attributes with only predefined or numeric references, no stray '<' or '&',
 * and no character XML 1.0 forbids.
 */
function assertWellFormed(xml: string): void {
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  expect(xml).not.toMatch(/[\ud800-\udfff]/u);
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const ref = '&(?:amp|lt|gt|quot|apos|#\\d+);';
  const attrValue = `"(?:[^"<&]|${ref})*"`;
  const tag = new RegExp(`^<(/?)([A-Za-z][\\w.-]*)((?:\\s+[A-Za-z][\\w.-]*=${attrValue})*)\\s*(/?)>`);
  const textRun = new RegExp(`^(?:[^<&]|${ref})+`);
  const stack: string[] = [];
  let rest = body;
  let roots = 0;
  while (rest.length > 0) {
    const t = tag.exec(rest);
    if (t) {
      const [whole, closing, name, , selfClosing] = t;
      if (closing) expect(stack.pop()).toBe(name);
      else if (!selfClosing) {
        if (stack.length === 0) roots++;
        stack.push(name);
      }
      rest = rest.slice(whole.length);
      continue;
    }
    const run = textRun.exec(rest);
    expect(run, `unexpected markup at: ${rest.slice(0, 40)}`).not.toBeNull();
    if (stack.length === 0) expect(run![0].trim()).toBe('');
    rest = rest.slice(run![0].length);
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]!,
  );
}

describe('junit', () => {
  it('writes one testsuite per file, one testcase per finding: errors fail, warnings and infos pass with their details', () => {
    expect(formatJunit(input())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="smpolicy" tests="4" failures="1" errors="0">',
        '  <testsuite name="drafts/road.md" tests="3" failures="1" errors="0" skipped="0">',
        '    <testcase classname="drafts/road.md" name="dp/phone-number 3:12">',
        '      <failure message="Personal phone number in a post: &apos;0770•••••23&apos;" type="error">error: Personal phone number in a post: &apos;0770•••••23&apos;',
        'at drafts/road.md:3:12',
        'rule: dp/phone-number (data-protection)',
        'excerpt: call 0770•••••23',
        'policy: UK GDPR Art. 5(1)(c): Data minimisation [data-protection]',
        'how to fix: Fix dp/phone-number.',
        'more: https://smpolicy.example/rules/dp/phone-number',
        'policy text and examples: smpolicy explain dp/phone-number</failure>',
        '    </testcase>',
        '    <testcase classname="drafts/road.md" name="welsh/missing-welsh 5:1">',
        '      <system-out>warning: English text with no Welsh version',
        'at drafts/road.md:5:1',
        'rule: welsh/missing-welsh (welsh-language)',
        'excerpt: Road closed on Monday',
        'policy: Standard 58: Publishing material on social media in Welsh [welsh-language]',
        'how to fix: Fix welsh/missing-welsh.',
        'policy text and examples: smpolicy explain welsh/missing-welsh</system-out>',
        '    </testcase>',
        '    <testcase classname="drafts/road.md" name="a11y/camelcase-hashtag 12:20">',
        '      <system-out>info: Hashtag &apos;#roadclosedtoday&apos; is not in CamelCase',
        'at drafts/road.md:12:20',
        'rule: a11y/camelcase-hashtag (accessibility)',
        'excerpt: #roadclosedtoday',
        'policy: WCAG 2.2 SC 1.3.1: Info and relationships [accessibility]',
        'how to fix: Fix a11y/camelcase-hashtag.',
        'suggestions: #RoadClosedToday',
        'note: Screen readers read CamelCase hashtags word by word.',
        'policy text and examples: smpolicy explain a11y/camelcase-hashtag</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="drafts/ffordd.cy.md" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase classname="drafts/ffordd.cy.md" name="smpolicy"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    assertWellFormed(formatJunit(input()));
  });

  it('counts only error findings as failures, in the suite and in the totals', () => {
    const warningsAndInfos = input({ results: [{ file: 'a.md', kind: 'post', findings: [finding({ severity: 'warning' }), finding({ severity: 'info' })] }] });
    const out = formatJunit(warningsAndInfos);
    assertWellFormed(out);
    expect(out).toContain('<testsuites name="smpolicy" tests="2" failures="0" errors="0">');
    expect(out).toContain('<testsuite name="a.md" tests="2" failures="0" errors="0" skipped="0">');
    expect(out).not.toContain('<failure');
    expect(out.match(/<system-out>/g)).toHaveLength(2);
  });

  it('too many warnings for --max-warnings add one failing testcase; within the limit, none', () => {
    const two = { results: [{ file: 'a.md', kind: 'post' as const, findings: [finding({ severity: 'warning' }), finding({ severity: 'warning', line: 8 })] }] };
    const over = formatJunit({ ...input(two), maxWarnings: 1 });
    assertWellFormed(over);
    expect(over).toContain('<testsuites name="smpolicy" tests="3" failures="1" errors="0">');
    expect(over).toContain(
      [
        '  <testsuite name="smpolicy" tests="1" failures="1" errors="0" skipped="0">',
        '    <testcase classname="smpolicy" name="--max-warnings">',
        '      <failure message="2 warnings, more than --max-warnings 1" type="max-warnings">2 warnings, more than --max-warnings 1</failure>',
        '    </testcase>',
        '  </testsuite>',
      ].join('\n'),
    );
    for (const maxWarnings of [2, undefined]) {
      const within = formatJunit({ ...input(two), maxWarnings });
      expect(within).toContain('failures="0"');
      expect(within).not.toContain('--max-warnings');
    }
  });

  it('inputs that could not be checked are an error testcase, so the report never looks all green', () => {
    const out = formatJunit(input({ unchecked: 2 }));
    assertWellFormed(out);
    expect(out).toContain('<testsuites name="smpolicy" tests="5" failures="1" errors="1">');
    expect(out).toContain('<error message="2 inputs could not be checked: see the error lines of the log" type="unchecked">');
  });

  it('a finding of a rule with no metadata has no fix or explain line', () => {
    const out = formatJunit(input({ results: [{ file: 'a.md', kind: 'post', findings: [finding({ ruleId: 'smpolicy/unused-suppression' })] }] }));
    expect(out).not.toContain('how to fix');
    expect(out).not.toContain('smpolicy explain');
  });

  it('escapes hostile text and drops characters XML 1.0 forbids', () => {
    const hostile = finding({
      message: `</failure><script>alert("x")</script> & 'y' ]]>\u0000\u0007\u000b\u000c\u001f\ufffe\uffff\ud800 end\nline2\tTab`,
      excerpt: '<![CDATA[ & ]]> \u0008 " \'',
      ruleId: 'dp/<x>&"\'',
    });
    const out = formatJunit(input({ results: [{ file: 'drafts/a&b "c" <d>.md', kind: 'post', findings: [hostile] }] }));
    assertWellFormed(out);
    expect(out).toContain('<testsuite name="drafts/a&amp;b &quot;c&quot; &lt;d&gt;.md"');
    expect(out).toContain('name="dp/&lt;x&gt;&amp;&quot;&apos; 3:12"');
    const message = /<failure message="([^"]*)"/.exec(out)![1];
    expect(message).toContain('&#10;line2&#9;Tab');
    expect(decode(message)).toBe(`</failure><script>alert("x")</script> & 'y' ]]> end\nline2\tTab`);
    expect(out).toContain('excerpt: &lt;![CDATA[ &amp; ]]&gt;  &quot; &apos;');
  });

  it('keeps astral characters (emoji) and Welsh letters', () => {
    expect(text('🚧 Ffordd ar gau, ŵyl')).toBe('🚧 Ffordd ar gau, ŵyl');
    expect(attr('a\r\nb')).toBe('a&#13;&#10;b');
    expect(text('a\r\nb')).toBe('a&#13;\nb');
  });

  it('writes an empty but valid report for no files', () => {
    const out = formatJunit(input({ results: [] }));
    expect(out).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="smpolicy" tests="0" failures="0" errors="0">\n</testsuites>\n');
    assertWellFormed(out);
  });
});
