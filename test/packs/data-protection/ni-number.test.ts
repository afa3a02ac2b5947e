import { describe, expect, it } from 'vitest';
import { IDENTIFIER_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester, foundByVariant } from '../../support/rule-tester.js';

ruleTester('dp/ni-number', {
  invalid: [
    // (was test/detectors/ni-number.test.ts) at the rule severity
    { text: 'My NI number is AB 12 34 56 C', found: ['AB 12 34 56 C'] },
    { text: 'National Insurance: AB123456C.', found: ['AB123456C'] },
    { text: 'NINO CE 123 456 D please', found: ['CE 123 456 D'] },
    { text: 'Verify AB 123456 A', found: ['AB 123456 A'] },
    { text: 'Rhif Yswiriant Gwladol: TW 98 76 54 A', found: ['TW 98 76 54 A'] },
    { text: 'rhif yswiriant gwladol tw987654a', found: ['tw987654a'] },
    { name: 'lower case without National Insurance wording is a warning', text: 'code tw987654a', found: ['tw987654a (warning)'] },
    { name: 'lower case is found with the shipped lower-case: true', text: 'nino tw987654a', found: ['tw987654a'] },
    { name: 'the Welsh word "ni" (we) is not National Insurance wording', text: 'Rydyn ni ab123456c', found: ['ab123456c (warning)'] },

    // (was test/dp/identifiers.test.ts)
    { text: 'Mr Evans, your NI number AB 12 34 56 C is on file.', found: ['AB 12 34 56 C'] },
    {
      name: 'masks the value in message and excerpt',
      text: 'Mr Evans, your NI number AB 12 34 56 C is on file.',
      errors: [{ message: "National Insurance number in a post: 'AB 1••••• C'", excerpt: expect.not.stringContaining('AB 12 34 56 C') }],
    },
    { text: 'NINO: JT234567A', found: ['JT234567A'] },
    { text: 'Eich rhif yswiriant gwladol yw AB123456C.', found: ['AB123456C'] },
    { text: 'Rhif YG Dai: ce 12 34 56 d', found: ['ce 12 34 56 d'] },
    { name: 'a lower-case NINO with no National Insurance wording is a warning', text: 'ref ab123456c', errors: [{ severity: 'warning' }] },

    // Added: more Welsh and English wording
    { name: 'Welsh: a mutated form ("yswiriant gwladol") after "eich"', text: "Mae eich rhif yswiriant gwladol, JT 23 45 67 A, gyda'r tîm.", found: ['JT 23 45 67 A'] },
    { name: 'HMRC wording in a reply', text: '@dai_99 HMRC has JT234567A on your letter.', found: ['JT234567A'], errors: [{ severity: 'error', actual: expect.stringContaining('•••••') }] },
  ],
  valid: [
    // (was test/detectors/ni-number.test.ts)
    { name: 'suffix E', text: 'NI AB 12 34 56 E' },
    { name: 'no suffix', text: 'NI AB 12 34 56' },
    { name: 'suffix digit', text: 'NI ab1234561' },
    { name: 'prefix with D', text: 'NI DA 12 34 56 A' },
    { name: 'second letter O', text: 'NI AO 12 34 56 A' },
    { name: 'prefix not allocated', text: 'NI BG 12 36 12 A' },
    { name: 'temporary number', text: 'NI TN 12 34 56 A' },
    { name: 'three prefix letters', text: 'NI ABC123456C' },
    { name: 'mixed case', text: 'NI Ab123456C' },
    { name: 'invoice number', text: 'Invoice INV-2026-004512 is overdue' },
    { name: 'planning reference', text: 'Planning application PL/05123/2026' },
    { name: 'dates and times', text: '23/11/2026, 2026-11-23 at 10:30' },
    { name: 'money and counts', text: '£1,234,567.89 and 1,250,000 visitors' },
    { name: 'switchboard', text: 'Call 01267 234567' },
    { name: 'roads', text: 'A48 AND M4 CLOSED, USE B4309' },

    // (was test/dp/identifiers.test.ts)
    'HMRC’s example is QQ 12 34 56 C.',
    'Bus AB 12 runs every 34 minutes.',
    'Sort code 12-34-56 is not a NINO.',
    ...IDENTIFIER_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: "Welsh: HMRC's example number", text: 'Mae enghraifft CThEM yn edrych fel QQ 12 34 56 C.' },
    { name: 'Welsh: a bus number and minutes', text: 'Mae bws AB 12 yn rhedeg bob 34 munud.' },
    { name: 'Welsh: a suffix that is never issued', text: 'Rhif yswiriant gwladol AB 12 34 56 E' },
  ],
});

describe('dp/ni-number with lower-case: false (a local pack setting the param)', () => {
  // (was test/detectors/ni-number.test.ts: "lowerCase: false ignores lower-case numbers"; shipped: true)
  it('ignores lower-case numbers', async () => {
    expect(await foundByVariant('dp/ni-number', { params: { 'lower-case': false } }, 'nino tw987654a')).toEqual([]);
  });
});
