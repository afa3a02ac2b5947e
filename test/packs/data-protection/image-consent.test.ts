/** Attachments marked `people: true` need a `consent:` reference in front matter (no file is read). */
import { ruleTester } from '../../support/rule-tester.js';

const draft = (attachments: string, body = 'Photos from the beach clean.') => `---\nattachments:\n${attachments}---\n${body}\n`;
const attachment = (path: string, extra = '', alt = 'A photo') => `  - path: ${path}\n    alt: "${alt}"\n${extra}`;

ruleTester('dp/image-consent', {
  invalid: [
    // (was test/dp/images.test.ts)
    { name: 'people without consent', text: draft(attachment('a.jpg', '    people: true\n')), found: ['a.jpg'], errors: [{ line: 3 }] },
    { name: 'people with an empty consent', text: draft(attachment('a.jpg', '    people: true\n    consent: " "\n')), errors: [{ line: 3 }] },
    { name: 'the second of two', text: draft(attachment('a.jpg', '    people: false\n') + attachment('b.jpg', '    people: true\n')), found: ['b.jpg'], errors: [{ line: 6 }] },

    // Added: the message, and a Welsh post
    {
      name: 'names the attachment in the message',
      text: draft(attachment('./img/market.jpg', '    people: true\n', 'Stalls at Carmarthen market'), 'Busy day at the market!'),
      errors: [{ message: "Attached image './img/market.jpg' shows identifiable people but has no consent reference", severity: 'error', line: 3 }],
    },
    {
      name: 'Welsh: people without consent in a Welsh post',
      text: draft(attachment('./img/marchnad.jpg', '    people: true\n', 'Stondinau ym marchnad Caerfyrddin'), 'Diwrnod prysur yn y farchnad!'),
      found: ['./img/marchnad.jpg'],
      errors: [{ line: 3 }],
    },
  ],
  valid: [
    // (was test/dp/images.test.ts)
    { name: 'people with consent', text: draft(attachment('a.jpg', '    people: true\n    consent: "CONSENT-2026-041"\n')) },
    { name: 'no people', text: draft(attachment('a.jpg', '    people: false\n')) },
    { name: 'people not stated', text: draft(attachment('a.jpg')) },

    // Added: English and Welsh look-alikes
    { name: 'a photo of someone mentioned only in the text', text: 'Photo of Mrs Davies at the market, with her consent.' },
    {
      name: 'Welsh: people with a consent reference',
      text: draft(attachment('./img/marchnad.jpg', '    people: true\n    consent: "CONSENT-2026-041"\n', 'Stondinau ym marchnad Caerfyrddin'), 'Diwrnod prysur yn y farchnad!'),
    },
    { name: 'Welsh: people in the text, no attachment', text: 'Llun o Mrs Davies yn y farchnad, gyda’i chaniatâd.' },
  ],
});
