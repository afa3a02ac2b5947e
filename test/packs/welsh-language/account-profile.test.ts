/**
 * welsh/account-profile: a council account's display name, bio and auto-reply are in Welsh as
 * well as English, as the Welsh pack's language identifier judges them, not by which keys
 * are present.
 */
import { ruleTester } from '../../support/rule-tester.js';

/** A council account with these profile lines (from line 6 on). */
const account = (language: string, ...lines: string[]) =>
  ['kind: social-account', 'platform: twitter', 'handle: "@CarmsCouncil"', 'type: corporate', `language: ${language}`, ...lines, ''].join('\n');
const en = (...lines: string[]) => account('en', ...lines);

const EN_BIO = 'News and information from Carmarthenshire County Council, seven days a week.';
const CY_BIO = 'Newyddion a gwybodaeth gan Gyngor Sir Gâr, saith diwrnod yr wythnos.';

ruleTester('welsh/account-profile', {
  invalid: [
    {
      name: 'the English pasted as the Welsh: at the Welsh value',
      text: en('bio: { en: "Hello", cy: "Hello" }'),
      errors: [{ line: 6, column: 25, severity: 'error', category: 'welsh-language', message: "The account's bio has a Welsh version (cy:) that is not in Welsh", actual: 'Hello' }],
    },
    { name: 'a long English text pasted as the Welsh, block style', text: en('bio:', `  en: ${EN_BIO}`, `  cy: ${EN_BIO}`), errors: [{ line: 8, column: 7 }] },
    { name: 'one string, in English only', text: en(`bio: ${EN_BIO}`), errors: [{ line: 6, column: 6, message: "The account's bio is in English only" }] },
    { name: 'a mapping with no cy: at the key', text: en('display-name: { en: Carmarthenshire County Council }'), errors: [{ line: 6, column: 1, message: "The account's display name has no Welsh version (cy:)" }] },
    {
      name: 'a Welsh greeting on an English auto-reply is not a Welsh version',
      text: en('auto-reply: "Diolch! Thanks for your message: we read messages between 9am and 5pm on weekdays and will reply soon."'),
      errors: [{ line: 6, message: "The account's auto-reply has only a word or two of Welsh beside the English" }],
    },
    { name: 'an English cy: in a block auto-reply', text: en('auto-reply:', '  en: Thanks for your message. We reply within two working days.', '  cy: Thanks for your message. We reply within two working days.'), found: ['Thanks for your message. We reply within two working days.'] },
    { name: 'each text judged: display name, bio and auto-reply', text: en('display-name: Carmarthenshire County Council', `bio: ${EN_BIO}`, 'auto-reply: Thanks, we will reply within two working days.'), errors: [{ line: 6 }, { line: 7 }, { line: 8 }] },
    { name: 'a bilingual account with an English-only bio', text: account('bilingual', `bio: ${EN_BIO}`), errors: [{ line: 6 }] },
    { name: 'an account whose language is not recorded', text: en(`bio: ${EN_BIO}`).replace('language: en\n', ''), errors: [{ line: 5 }] },
    { name: 'a service account', text: en(`bio: ${EN_BIO}`).replace('type: corporate', 'type: service'), errors: [{ line: 6 }] },
    { name: 'Welsh: a Welsh-only account with an English bio', text: account('cy', 'bio: Welcome to the official page of our Welsh-medium primary school.'), errors: [{ line: 6, message: "The account's bio is in English only" }] },
    {
      name: 'Welsh: an account that is not Welsh-only with no English is a warning',
      text: account('bilingual', `bio: ${CY_BIO}`),
      errors: [{ line: 6, severity: 'warning', message: "The account's bio has no English, though the account is not Welsh-only (language: cy)" }],
    },
    // A display name of two words or more is still a text to translate (accounts-blind6's look-alike is one word).
    { name: 'Welsh: a two-word Welsh display name on a bilingual account', text: account('bilingual', 'display-name: Llyfrgelloedd Enghraifft'), errors: [{ line: 6, severity: 'warning' }] },
    { name: 'a two-word English display name on an English account', text: en('display-name: Example Libraries'), errors: [{ line: 6, message: "The account's display name is in English only" }] },
    { name: 'Welsh: Welsh in the en: of an English account, no English anywhere, is a warning', text: en(`bio: { en: "${CY_BIO}", cy: "${CY_BIO}" }`), errors: [{ line: 6, severity: 'warning' }] },
  ],
  valid: [
    { name: 'both languages in one string', text: en('bio: "Croeso / Welcome"') },
    { name: 'both languages as en: and cy:', text: en('bio:', `  en: ${EN_BIO}`, `  cy: ${CY_BIO}`) },
    { name: 'Welsh first, then English, in one text', text: en(`bio: "${CY_BIO} ${EN_BIO}"`) },
    { name: 'display names in both languages', text: en('display-name: { en: Carmarthenshire County Council, cy: Cyngor Sir Gâr }') },
    { name: 'a display name that is a name in no language', text: en('display-name: Actif Sir Gâr') },
    // One word and a number is a name (accounts-blind6: a dormant anniversary account).
    { name: 'Welsh: a one-word display name with a number, on a bilingual account', text: account('bilingual', 'display-name: Bannau 75') },
    { name: 'a one-word display name with a number, on an English account', text: en('display-name: Libraries 75') },
    { name: 'names either side of a slash: neither can be placed', text: en('display-name: "Sir Gâr / Carmarthenshire"') },
    { name: 'a Welsh name and an English name either side of a slash', text: en('display-name: "Swyddi Sir Gâr / Carmarthenshire Jobs"') },
    { name: 'an empty bio', text: en('bio: ""') },
    { name: 'no profile texts', text: en() },
    { name: "a member of staff's personal account is not judged", text: en(`bio: ${EN_BIO}`).replace('type: corporate', 'type: personal') },
    { name: 'Welsh: a Welsh-only account with a Welsh bio and auto-reply', text: account('cy', `bio: ${CY_BIO}`, 'auto-reply: Diolch am eich neges. Byddwn yn ateb o fewn dau ddiwrnod gwaith.') },
    { name: 'Welsh: a Welsh-only account whose en: is only a name', text: account('cy', 'display-name: { cy: Llyfrgelloedd Sir Gâr, en: Llyfrgelloedd Sir Gâr }') },
    { name: 'Welsh: a bilingual auto-reply, Welsh first', text: account('bilingual', 'auto-reply: "Diolch am eich neges, byddwn yn ateb cyn gynted â phosibl. / Thanks for your message, we will reply as soon as we can."') },
  ],
});
