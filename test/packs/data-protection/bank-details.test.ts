import { describe, expect, it } from 'vitest';
import { IDENTIFIER_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester, foundByVariant } from '../../support/rule-tester.js';

/** The value is personal data: masked in the output. */
const masked = { actual: expect.stringContaining('•••••') };

ruleTester('dp/bank-details', {
  invalid: [
    // A date-shaped account number with bank wording, apart from the sort code, is still a pair (real-text-blind224).
    { name: 'a date-shaped account number with bank wording', text: 'Pay to account 20180925 sort code 185704, please.', found: ['20180925 sort code 185704'] },
    // (was test/detectors/bank-details.test.ts) IBAN, at the rule's severity
    { text: 'Pay to GB82 WEST 1234 5698 7654 32 today', found: ['GB82 WEST 1234 5698 7654 32'] },
    { text: 'IBAN: GB82WEST12345698765432.', found: ['GB82WEST12345698765432'] },
    { text: 'Talwch i DE89-3704-0044-0532-0130-00', found: ['DE89-3704-0044-0532-0130-00'] },
    { text: 'iban FR14 2004 1010 0505 0001 3M02 606 X ref', found: ['FR14 2004 1010 0505 0001 3M02 606'] },
    // sort code and account number
    { name: 'a sort code written plain after a phone number is still one beside its account', text: 'Ffoniwch 01632 960222. Cod didoli 089999, cyfrif 66374958.', found: ['089999, cyfrif 66374958'] },
    { text: 'Sort code 12-34-56, account 12345678', found: ['12-34-56, account 12345678'] },
    { text: 'Account 12345678 sort code 12 34 56', found: ['12345678 sort code 12 34 56'] },
    { text: 'cod didoli 12-34-56 rhif cyfrif 12345678', found: ['12-34-56 rhif cyfrif 12345678'] },
    { text: '12-34-56 / 12345678', found: ['12-34-56 / 12345678'] },
    { text: 'ref 123456 12345678', found: ['123456 12345678 (warning)'] },
    { name: 'a date-like sort code without bank wording is a warning', text: '23-11-26 12345678', found: ['23-11-26 12345678 (warning)'] },
    {
      name: 'bank wording widens the window',
      text: `Sort code 12-34-56. ${'Please quote it when you pay. '.repeat(2)}Account 12345678`,
      found: [`12-34-56. ${'Please quote it when you pay. '.repeat(2)}Account 12345678`],
    },

    // (was test/dp/identifiers.test.ts)
    { text: 'Mr Jones, sort code 08-99-99 account 66374958, please refund him.', found: ['08-99-99 account 66374958'] },
    {
      name: 'masks the value in message and excerpt',
      text: 'Mr Jones, sort code 08-99-99 account 66374958, please refund him.',
      errors: [{ message: "Bank details in a post (sort code and account number): '08-9•••••58'", excerpt: expect.not.stringContaining('08-99-99 account 66374958') }],
    },
    { text: 'IBAN GB82 WEST 1234 5698 7654 32', found: ['GB82 WEST 1234 5698 7654 32'] },
    { text: 'Cod didoli 10-79-99, rhif cyfrif 88837491, i Mrs Davies.', found: ['10-79-99, rhif cyfrif 88837491'] },

    // Added: masking and more Welsh and English wording
    { name: 'an IBAN is masked, naming its kind', text: 'Refund to IBAN GB82 WEST 1234 5698 7654 32 please', errors: [{ message: "Bank details in a post (IBAN): 'GB82•••••32'", ...masked }] },
    { name: 'Welsh: the account number before the sort code', text: "Talwch i gyfrif Mr Price, rhif 66374958, cod didoli 08-99-99, erbyn dydd Gwener.", found: ['66374958, cod didoli 08-99-99'] },
    { name: 'Welsh: an IBAN after "IBAN"', text: 'Anfonwch yr arian i IBAN GB82WEST12345698765432 heddiw.', found: ['GB82WEST12345698765432'], errors: [masked] },

    // Issue 11: in a comma-separated record the pair is reported, and the card beside it is
    // left to dp/payment-card.
    { name: 'the pair in a comma-separated record, not the card beside it', text: 'Mrs Powell,08-99-99,66374958,4111111111111111', found: ['08-99-99,66374958'] },
    { name: 'Welsh: the pair in a comma-separated record, not the card beside it', text: 'Dai Price,cyfrif,089999,66374958,5555555555554444', found: ['089999,66374958'] },
  ],
  valid: [
    // A photo's file name left in a post: a date and a time side by side (real-text-blind224).
    { name: "a camera file name, 'IMG 20180925 185704'", text: 'Gwyn Hall, Neath\n\nIMG 20180925 185704\n\nThe lights came back on.' },
    { name: "Welsh: a camera file name in a caption", text: 'Llun: IMG 20191102 093015 o’r neuadd.' },
    // A phone number's second group is no sort code, however near an account-like number (drafts-blind17).
    {
      name: "a council tax account number and the council's phone number: no sort code in a phone number",
      text: "Helo Mrs Morgan, dyma gyfrif treth gyngor rhif 40019273 yn enw Eleri Morgan. Ffoniwch ni ar 01632 960222 a gallwn drefnu cynllun talu.",
    },
    { name: 'English: an account number, then a mobile', text: 'Your account 66374958 is up to date; text us on 07700 900999 or call (01632) 089999.' },
    // (was test/detectors/bank-details.test.ts) not IBANs
    { name: 'IBAN with bad check digits', text: 'GB83 WEST 1234 5698 7654 32' },
    { name: 'IBAN too short', text: 'GB82 WEST 1234 5698 7654 3' },
    { name: 'IBAN ends mid-group', text: 'GB82WEST123456987654321' },
    { name: 'IBAN runs into a word', text: 'GB82WEST12345698765432abc' },
    { name: 'IBAN in lower case', text: 'gb82 west 1234 5698 7654 32' },
    { name: 'IBAN with slashes', text: 'GB82/WEST/1234/5698/7654/32' },
    { name: 'IBAN glued to letters', text: 'XGB82WEST12345698765432' },
    // not a sort code and account pair
    { name: 'a pair too far apart (shipped window: 40)', text: `12-34-56 ${'x'.repeat(50)} 12345678` },
    { name: 'sort code alone', text: 'Sort code 12-34-56' },
    { name: 'account number alone', text: 'Account number 12345678' },
    { name: 'seven-digit account', text: 'Sort code 12-34-56 account 1234567' },
    { name: 'nine-digit account', text: 'Sort code 12-34-56 account 123456789' },
    { name: 'invoice number', text: 'Invoice INV-2026-004512 is overdue' },
    { name: 'planning reference', text: 'Planning application PL/05123/2026' },
    { name: 'dates and times', text: '23/11/2026, 2026-11-23 at 10:30' },
    { name: 'money and counts', text: '£1,234,567.89 and 1,250,000 visitors' },
    { name: 'switchboard', text: 'Call 01267 234567 or 07700 900123' },
    { name: 'card', text: '4111 1111 1111 1111' },
    { name: 'NHS number', text: 'NHS 999 000 0018' },
    { name: 'roads', text: 'A48, M4 and B4309' },

    // (was test/dp/identifiers.test.ts)
    'Sort code 08-99-99 is printed on your card.',
    'GB82 WEST 1234 5698 7654 33 is not valid.',
    'Account 66374958 alone.',
    ...IDENTIFIER_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: 'Welsh: a sort code alone', text: "Mae'r cod didoli 08-99-99 ar eich cerdyn banc." },
    { name: 'Welsh: an account number alone', text: 'Rhif cyfrif 66374958 yn unig.' },
    { name: 'Welsh: an invoice and a date', text: 'Mae anfoneb INV-2026-004512 i’w thalu erbyn 30/11/2026.' },
    { name: 'Welsh: a date and a count', text: "Ar 23-11-26 casglwyd 12,345,678 o boteli yn Sir Gâr." },
    { name: 'Welsh: an IBAN with a wrong check digit', text: 'Nid yw GB82 WEST 1234 5698 7654 33 yn ddilys.' },
  ],
});

describe('dp/bank-details with another window (a local pack setting params.window)', () => {
  // (was test/detectors/bank-details.test.ts: the detector called with { window: 60 })
  it('a wider window finds a pair 50 characters apart', async () => {
    expect(await foundByVariant('dp/bank-details', { params: { window: 60 } }, `12-34-56 ${'x'.repeat(50)} 12345678`)).toEqual([`12-34-56 ${'x'.repeat(50)} 12345678`]);
  });
});
