import { describe, expect, it } from 'vitest';
import { lintText, where } from '../support/engine.js';

/** "line ruleId" of every finding, in output order. */
const at = async (text: string, file = 'draft.md', rules: Record<string, 'off' | 'info' | 'warning' | 'error'> = {}) =>
  (await lintText(text, file, { rules })).map((f) => `${f.line} ${f.ruleId}`);

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('disable-next-line', () => {
  it('suppresses only the named rule, only on the next line', async () => {
    const text = lines(
      '<!-- smpolicy-disable-next-line dp/phone-number -- the council switchboard -->',
      'Call 07700 900123. Welsh to follow',
      'Call 07700 900456',
    );
    expect(await at(text)).toEqual(['2 welsh/placeholder', '3 dp/phone-number']);
  });

  it('takes several rules, with or without spaces after the commas', async () => {
    for (const list of ['dp/phone-number, welsh/placeholder', 'dp/phone-number,welsh/placeholder', 'dp/phone-number welsh/placeholder']) {
      const text = lines(`<!-- smpolicy-disable-next-line ${list} -- agreed with comms -->`, 'Call 07700 900123. Welsh to follow', 'Welsh to follow');
      expect(await at(text), list).toEqual(['3 welsh/placeholder']);
    }
  });

  it('with no rule named suppresses every rule on the next line', async () => {
    const text = lines('<!-- smpolicy-disable-next-line -- test post -->', 'Call 07700 900123. Welsh to follow', 'Welsh to follow');
    expect(await at(text)).toEqual(['3 welsh/placeholder']);
  });

  it('works in CRLF files and in plain-text drafts', async () => {
    const text = '<!-- smpolicy-disable-next-line dp/phone-number -- switchboard -->\r\nCall 07700 900123\r\nCall 07700 900456\r\n';
    for (const file of ['draft.md', 'draft.txt']) expect(await at(text, file), file).toEqual(['3 dp/phone-number']);
  });

  it('does not reach past the next line', async () => {
    const text = lines('<!-- smpolicy-disable-next-line welsh/placeholder -- x -->', '', 'Welsh to follow');
    // The blank line is the "next line": the placeholder on line 3 is reported, and the comment is unused.
    expect(await at(text)).toEqual(['1 smpolicy/unused-suppression', '3 welsh/placeholder']);
  });
});

describe('disable … enable blocks', () => {
  it('suppress the named rule between disable and enable', async () => {
    const text = lines(
      'Welsh to follow 07700 900120',
      '<!-- smpolicy-disable dp/phone-number -- directory of council offices -->',
      'Call 07700 900123',
      'Call 07700 900124. Welsh to follow',
      '<!-- smpolicy-enable dp/phone-number -->',
      'Call 07700 900125',
    );
    expect(await at(text)).toEqual(['1 welsh/placeholder', '1 dp/phone-number', '4 welsh/placeholder', '6 dp/phone-number'].sort(byLine));
  });

  it('an enable with no rule closes every open block', async () => {
    const text = lines(
      '<!-- smpolicy-disable dp/phone-number -- x -->',
      '<!-- smpolicy-disable welsh/placeholder -- y -->',
      'Call 07700 900123. Welsh to follow',
      '<!-- smpolicy-enable -->',
      'Call 07700 900125. Welsh to follow',
    );
    expect(await at(text)).toEqual(['5 dp/phone-number', '5 welsh/placeholder']);
  });

  it('an enable of one rule leaves other blocks open', async () => {
    const text = lines(
      '<!-- smpolicy-disable dp/phone-number -- x -->',
      '<!-- smpolicy-disable welsh/placeholder -- y -->',
      '<!-- smpolicy-enable dp/phone-number -->',
      'Call 07700 900125. Welsh to follow',
    );
    // The phone block closed before any number, so it is also reported as unused.
    expect(await at(text)).toEqual(['1 smpolicy/unused-suppression', '4 dp/phone-number']);
  });

  it('a disable never enabled runs to the end of the file', async () => {
    const text = lines('Welsh to follow', '<!-- smpolicy-disable welsh/placeholder -- legacy -->', 'Welsh to follow', '', 'Welsh to follow');
    expect(await at(text)).toEqual(['1 welsh/placeholder']);
  });

  it('a disable of all rules suppresses every rule', async () => {
    const text = lines('<!-- smpolicy-disable -- quoted complaint, agreed -->', 'Call 07700 900123. Welsh to follow', '<!-- smpolicy-enable -->', 'Welsh to follow');
    expect(await at(text)).toEqual(['4 welsh/placeholder']);
  });
});

describe('front matter smpolicy: disable', () => {
  it('suppresses the named rules in the whole file', async () => {
    const text = lines(
      '---',
      'channel: twitter',
      'smpolicy:',
      '  disable: [welsh/placeholder]',
      '  reason: "English-only account by agreement"',
      '---',
      'Welsh to follow 07700 900123',
      'Welsh to follow',
    );
    expect(await at(text)).toEqual(['7 dp/phone-number']);
  });

  it('without a reason is reported at the smpolicy: key', async () => {
    const text = lines('---', 'channel: twitter', 'smpolicy:', '  disable: [welsh/placeholder]', '---', 'Welsh to follow');
    const findings = await lintText(text);
    expect(findings.map(where)).toEqual(['3:1-3:1 smpolicy/suppression-reason']);
    expect(findings[0]).toMatchObject({ severity: 'warning', category: 'suppressions' });
    expect(findings[0].message).toMatch(/^Suppression of welsh\/placeholder has no reason/);
  });

  it('that suppresses nothing is reported', async () => {
    const text = lines('---', 'smpolicy:', '  disable: [dp/phone-number]', '  reason: "x"', '---', 'Hello');
    const findings = await lintText(text);
    expect(findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`)).toEqual(['2 smpolicy/unused-suppression Suppression of dp/phone-number suppresses nothing']);
  });
});

describe('suppression problems', () => {
  it('a suppression without a reason is a warning (and still suppresses)', async () => {
    for (const comment of ['<!-- smpolicy-disable-next-line dp/phone-number -->', '<!-- smpolicy-disable-next-line dp/phone-number -- -->', '<!-- smpolicy-disable-next-line dp/phone-number --   -->']) {
      const findings = await lintText(lines('Intro', comment, 'Call 07700 900123'));
      expect(findings.map(where), comment).toEqual([`2:1-2:${comment.length + 1} smpolicy/suppression-reason`]);
      expect(findings[0].severity).toBe('warning');
      expect(findings[0].message).toBe("Suppression of dp/phone-number has no reason: add one after ' -- '");
    }
  });

  it('a block disable without a reason is reported too; the enable needs none', async () => {
    const text = lines('<!-- smpolicy-disable dp/phone-number -->', 'Call 07700 900123', '<!-- smpolicy-enable dp/phone-number -->');
    expect(await at(text)).toEqual(['1 smpolicy/suppression-reason']);
  });

  it('a suppression that matched nothing is smpolicy/unused-suppression', async () => {
    const text = lines('<!-- smpolicy-disable-next-line dp/phone-number -- switchboard -->', 'No number here. Welsh to follow');
    const findings = await lintText(text);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity}`)).toEqual(['1:1 smpolicy/unused-suppression warning', '2:17 welsh/placeholder error']);
    expect(findings[0].message).toBe('Suppression of dp/phone-number suppresses nothing');
  });

  it('each unused rule of a list is reported; used ones are not', async () => {
    const text = lines('<!-- smpolicy-disable-next-line dp/phone-number, welsh/placeholder, dp/email-address -- x -->', 'Welsh to follow');
    const messages = (await lintText(text)).map((f) => f.message);
    expect(messages).toEqual(['Suppression of dp/phone-number suppresses nothing', 'Suppression of dp/email-address suppresses nothing']);
  });

  it('an all-rules suppression that matched nothing is reported', async () => {
    const messages = (await lintText(lines('<!-- smpolicy-disable-next-line -- x -->', 'Fine.'))).map((f) => f.message);
    expect(messages).toEqual(['Suppression of all rules suppresses nothing']);
  });

  it('an unknown rule id is unused-suppression naming the nearest id', async () => {
    const text = lines('<!-- smpolicy-disable-next-line dp/phone-numbr -- x -->', 'Call 07700 900123');
    const findings = await lintText(text);
    expect(findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['1 smpolicy/unused-suppression', '2 dp/phone-number']);
    expect(findings[0].message).toBe("Suppression names unknown rule 'dp/phone-numbr'; did you mean 'dp/phone-number'?");
  });

  it('an unknown rule id far from any known one names none', async () => {
    const [f] = await lintText(lines('<!-- smpolicy-disable-next-line zz/qqqqqq -- x -->', 'Fine.'));
    expect(f.message).toBe("Suppression names unknown rule 'zz/qqqqqq'");
  });

  it('a suppression of a rule turned off is not reported as unused', async () => {
    const text = lines('<!-- smpolicy-disable-next-line dp/phone-number -- x -->', 'Call 07700 900123');
    expect(await at(text, 'draft.md', { 'dp/phone-number': 'off' })).toEqual([]);
  });

  it('the suppression rules are configurable like any rule', async () => {
    const text = lines('<!-- smpolicy-disable-next-line dp/phone-number -->', 'Nothing');
    expect(await at(text)).toEqual(['1 smpolicy/suppression-reason', '1 smpolicy/unused-suppression']);
    expect(await at(text, 'draft.md', { 'smpolicy/unused-suppression': 'off' })).toEqual(['1 smpolicy/suppression-reason']);
    expect(await at(text, 'draft.md', { 'smpolicy/suppression-reason': 'off', 'smpolicy/unused-suppression': 'off' })).toEqual([]);
    const errors = await lintText(text, 'draft.md', { rules: { 'smpolicy/suppression-reason': 'error' } });
    expect(errors.find((f) => f.ruleId === 'smpolicy/suppression-reason')?.severity).toBe('error');
  });

  it('a suppression comment inside front matter is not a suppression', async () => {
    const text = lines('---', 'title: "<!-- smpolicy-disable welsh/placeholder -- x -->"', '---', 'Welsh to follow');
    expect(await at(text)).toEqual(['4 welsh/placeholder']);
  });
});

function byLine(a: string, b: string): number {
  return Number(a.split(' ')[0]) - Number(b.split(' ')[0]);
}

describe('a comment that is no suppression', () => {
  const messages = async (text: string) => (await lintText(text, 'draft.md')).filter((f) => f.ruleId === 'smpolicy/unused-suppression').map((f) => `${f.line} ${f.message}`);

  it("ESLint's disable-line suppresses nothing and says which comment to write, instead of reading '-line' as a rule", async () => {
    const text = lines('Call 07700 900123 <!-- smpolicy-disable-line dp/phone-number -- switchboard -->');
    expect(await at(text)).toEqual(['1 dp/phone-number', '1 smpolicy/unused-suppression']);
    expect(await messages(text)).toEqual([
      "1 Unknown suppression comment 'smpolicy-disable-line': it suppresses nothing (write smpolicy-disable-next-line, smpolicy-disable or smpolicy-enable); did you mean 'smpolicy-disable-next-line'?",
    ]);
  });

  it('a misspelt directive is named with the nearest one; a known one still works beside it', async () => {
    const text = lines('<!-- smpolicy-disabel dp/phone-number -- x -->', 'Call 07700 900123', '<!-- smpolicy-disable-next-line dp/phone-number -- switchboard -->', 'Call 07700 900456');
    expect(await messages(text)).toEqual([
      "1 Unknown suppression comment 'smpolicy-disabel': it suppresses nothing (write smpolicy-disable-next-line, smpolicy-disable or smpolicy-enable); did you mean 'smpolicy-disable'?",
    ]);
    expect(await at(text)).toEqual(['1 smpolicy/unused-suppression', '2 dp/phone-number']);
  });
});
