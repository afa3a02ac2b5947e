import { ruleTester, type InvalidCase } from '../../support/rule-tester.js';

// A reply to a message written in Welsh must be in Welsh.
const fm = (front: string, body: string) => `---\n${front}\n---\n${body}`;
const TO_WELSH = 'in-reply-to: { language: cy }';
const TO_ENGLISH = 'in-reply-to: { language: en }';
/** A reply to a Welsh message with `body` as its text: reported as an error at the body's first line. */
const notWelsh = (name: string, body: string): InvalidCase => ({
  name,
  text: fm(TO_WELSH, body),
  errors: [{ line: 4, column: 1, severity: 'error', message: 'Reply to a message written in Welsh is not in Welsh' }],
});

// Pair files (NAME.en.md and NAME.cy.md) with nothing wrong in either.
const POOL_EN = 'Llanelli Leisure Centre pool is closed on Saturday 29 November for maintenance.\n\nSorry for any inconvenience.';
const POOL_CY = "Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn 29 Tachwedd ar gyfer gwaith cynnal a chadw.\n\nMae'n ddrwg gennym am unrhyw anghyfleustra.";

ruleTester('welsh/reply-language', {
  invalid: [
    // Also missing-welsh (the whole Welsh pack found both): see that rule's file.
    notWelsh('an English reply', 'Thanks for your message, we will look into it.'),
    notWelsh('an English reply naming a Welsh street', 'Thanks for letting us know. The crew will be back on Heol y Parc tomorrow morning.'),
    notWelsh('an English reply with a link', 'Sorry about the missed collection. You can report it here: https://example.org/bins'),
    notWelsh('an English reply with emoji', 'Thanks for the lovely photos of the Christmas market! 🎄'),
    notWelsh('a placeholder reply', 'Welsh to follow'),
    // Added: Welsh words that do not make a Welsh reply.
    notWelsh('added: an English reply signed "Diolch!" (a sign-off is not a Welsh reply)', 'Thanks for letting us know about the missed collection, the crew will return tomorrow. Diolch!'),
    notWelsh('added: an English reply opening "Bore da"', 'Bore da Eirlys, thank you for reporting the pothole on the A476 near Gorslas, our team will inspect it this week.'),
    notWelsh('added: an English reply naming Welsh places only', 'Ysgol Bro Myrddin and Canolfan Hamdden Caerfyrddin are both open as normal today.'),
  ],
  valid: [
    { name: 'a Welsh reply', text: fm(TO_WELSH, 'Diolch am eich neges, byddwn yn edrych i mewn iddo.') },
    { name: 'a Welsh reply naming an English place', text: fm(TO_WELSH, 'Diolch am roi gwybod i ni. Bydd y criw yn Cross Hands bore yfory.') },
    { name: 'a bilingual reply, Welsh first', text: fm(TO_WELSH, 'Diolch am eich neges. / Thanks for your message.') },
    { name: 'a short Welsh reply', text: fm(TO_WELSH, 'Diolch yn fawr! 😊') },
    { name: 'an English reply to an English message', text: fm(TO_ENGLISH, 'Thanks for your message, we will look into it.') },
    { name: 'an English post that is not a reply (missing-welsh instead)', text: 'Thanks for your message, we will look into it.' },
    { name: 'a Welsh reply to an English message', text: fm(TO_ENGLISH, 'Diolch am eich neges.') },
    // Nor any other Welsh rule: see their files.
    { name: 'an English reply to an English message needs no Welsh version at all', text: fm(TO_ENGLISH, 'Thanks for getting in touch, the crew will call tomorrow.') },
    // From the other rules' tests, which ran the whole Welsh pack.
    {
      name: 'an English-first reply to a Welsh message (english-first only)',
      text: fm(TO_WELSH, 'Thanks for your message. / Diolch am eich neges.'),
      config: { welsh: { order: 'welsh-first' } },
    },
    { name: 'NAME.en.md with its Welsh pair', text: POOL_EN, file: 'pool.en.md', pair: POOL_CY },
    { name: 'NAME.cy.md with its English pair', text: POOL_CY, file: 'pool.cy.md', pair: POOL_EN },
    // Added look-alikes.
    { name: 'added: a reply to a Welsh message with no words (an emoji and a link)', text: fm(TO_WELSH, '👍 https://example.org/biniau') },
    { name: 'added: a Welsh reply with an English brand name and a phone number', text: fm(TO_WELSH, 'Diolch Dai. Ffoniwch y tîm Recycling Direct ar 07700 900654 os oes angen.') },
    { name: 'added: an English reply to an English message naming a Welsh street', text: fm(TO_ENGLISH, 'Thanks for letting us know. The crew will be back on Heol y Parc tomorrow morning.') },
  ],
});
