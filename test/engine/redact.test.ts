import { describe, expect, it } from 'vitest';
import { excerpt, SHOWN } from '../../src/engine/excerpt.js';
import { mask, maskSpans } from '../../src/engine/redact.js';
import { packFrom, packYaml, postRule } from '../support/packs.js';
import { corePacks, lintText } from '../support/engine.js';

describe('mask', () => {
  it.each([
    ['07700 900123', '0770•••••23'],
    ['jane.evans1984@example.com', 'jane•••••om'],
    ['abcdefgh', 'abcd•••••gh'],
    ['abcdefg', 'a•••••g'],
    ['abcd', 'a•••••d'],
    ['abc', '•••••'],
    ['a', '•••••'],
    ['', '•••••'],
  ])('mask(%j) = %j', (value, expected) => {
    expect(mask(value)).toBe(expected);
  });

  it('hides the length: a fixed run of dots', () => {
    expect(mask('x'.repeat(8))).toBe(mask('x'.repeat(80)));
    expect(mask('x'.repeat(4))).toBe(mask('x'.repeat(7)));
  });

  it('never splits a surrogate pair', () => {
    const out = mask('😀😁😂🤣😃😄😅😆');
    expect(out).toBe('😀😁😂🤣•••••😅😆');
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe('maskSpans', () => {
  it.each([
    ['one span', 'Call 07700 900123 now', [[5, 17]], 'Call 0770•••••23 now'],
    ['two spans, unsorted', 'a 07700 900123 b 07700 900456 c', [[17, 29], [2, 14]], 'a 0770•••••23 b 0770•••••56 c'],
    ['overlapping spans', 'x 07700 900123 y', [[2, 14], [8, 14]], 'x 0770•••••23 y'],
    ['a span starting before the text', '900123 after', [[-6, 6]], '9•••••3 after'],
    ['a span ending after the text', 'before 07700', [[7, 19]], 'before 0•••••0'],
    ['a span wholly outside', 'nothing here', [[20, 30], [-9, -1]], 'nothing here'],
    ['no spans', 'as is', [], 'as is'],
  ] as Array<[string, string, Array<[number, number]>, string]>)('%s', (_, text, spans, expected) => {
    expect(maskSpans(text, spans)).toBe(expected);
  });
});

describe('excerpt', () => {
  const LINE = 'Please can Mrs Davies call us back on 07700 900123 or 07700 900456 before Friday about the bins';

  it('is one line around the match, cut at spaces, with ellipses', () => {
    const text = `Line before\n${LINE}\nLine after`;
    const start = text.indexOf('07700 900123');
    const out = excerpt(text, start, start + 12, []);
    expect(out).toBe('…Davies call us back on 07700 900123 or 07700 900456 before…');
    expect(out).not.toContain('\n');
  });

  it('masks every sensitive span in the window, not only the finding’s own', () => {
    const start = LINE.indexOf('07700 900123');
    const other = LINE.indexOf('07700 900456');
    const out = excerpt(LINE, start, start + 12, [
      [start, start + 12],
      [other, other + 12],
    ]);
    expect(out).toBe('…Davies call us back on 0770•••••23 or 0770•••••56 before…');
  });

  it('turns CR and tabs into spaces', () => {
    const text = 'a\tb Welsh to follow\r\nnext';
    expect(excerpt(text, 4, 19, [])).toBe('a b Welsh to follow');
  });

  it('a match across a line break still gives a one-line excerpt', () => {
    const text = 'Road closed. Welsh\nto follow soon\nnext';
    const out = excerpt(text, text.indexOf('Welsh'), text.indexOf('follow') + 6, []);
    expect(out).not.toContain('\n');
    expect(out).toContain('Welsh');
  });

  it('copes with an empty match at the end of the text', () => {
    expect(excerpt('abc', 3, 3, [])).toBe('abc');
  });
});

describe('redaction through the engine', () => {
  const TEXT = 'Call 07700 900123 or 07700 900456. Email jane.evans1984@example.com\n';

  it('masks message, excerpt and actual of every sensitive finding', async () => {
    const findings = await lintText(TEXT);
    expect(findings.map((f) => f.ruleId)).toEqual(['dp/phone-number', 'dp/phone-number', 'dp/email-address']);
    for (const f of findings) {
      const blob = JSON.stringify(f);
      for (const raw of ['07700 900123', '07700 900456', 'jane.evans1984@example.com', 'evans1984']) expect(blob, f.ruleId).not.toContain(raw);
      expect(f.actual).toMatch(/•••••/);
    }
    expect(findings[0].excerpt).toBe('Call 0770•••••23 or 0770•••••56. Email…');
    expect(findings[2].excerpt).toBe('…or 0770•••••56. Email jane•••••om');
  });

  it('redact: false shows everything', async () => {
    const findings = await lintText(TEXT, 'draft.md', { redact: false });
    expect(findings.map((f) => f.actual)).toEqual(['07700 900123', '07700 900456', 'jane.evans1984@example.com']);
    expect(findings[0].message).toBe("Phone number in a post: '07700 900123'");
    expect(findings[0].excerpt).toBe('Call 07700 900123 or 07700 900456. Email…');
  });

  it("a non-sensitive rule's message and actual mask the personal data inside its match", async () => {
    const pack = await packFrom(packYaml('calls', postRule('test/call-me', '{ kind: pattern, pattern: "[Cc]all [^.]*" }')));
    const dp = (await corePacks()).find((p) => p.pack === 'data-protection')!;
    const findings = await lintText('Please call Mrs Davies on 07700 900123.\n', 'draft.md', { packs: [dp, pack] });
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['dp/phone-number', 'test/call-me']);
    expect(JSON.stringify(findings)).not.toContain('900123');
  });

  it("a long match's actual and excerpt are its start (cut at a space, ending '…'), personal data in it masked", async () => {
    const pack = await packFrom(packYaml('calls', postRule('test/call-me', '{ kind: pattern, pattern: "[Cc]all [^\\n]*" }')));
    const dp = (await corePacks()).find((p) => p.pack === 'data-protection')!;
    const text = `Please call Mrs Davies on 07700 900123. ${'The road by the school is closed all week for repairs. '.repeat(12)}\n`;
    const long = (await lintText(text, 'draft.md', { packs: [dp, pack] })).find((f) => f.ruleId === 'test/call-me')!;
    expect(long.actual).toMatch(/^call Mrs Davies on 0770•••••23\. The road .* the…$/);
    expect(long.actual!.length).toBeLessThanOrEqual(SHOWN + 1);
    expect(long.excerpt).toMatch(/^Please call Mrs Davies on 0770•••••23\. The road .* the…$/);
    const raw = (await lintText(text, 'draft.md', { packs: [dp, pack], redact: false })).find((f) => f.ruleId === 'test/call-me')!;
    expect(raw.actual).toMatch(/^call Mrs Davies on 07700 900123\. The road .* the…$/);
  });

  it('a non-sensitive rule is not masked', async () => {
    const [f] = await lintText('Welsh to follow\n');
    expect(f.actual).toBe('Welsh to follow');
    expect(f.message).toBe("Translation placeholder published instead of Welsh text: 'Welsh to follow'");
  });
});
