import { expect } from 'vitest';
import { ruleTester } from '../../support/rule-tester.js';

// Welsh words not in the dictionary (only the Welsh parts of a post are checked).
const fm = (front: string, body: string) => `---\n${front}\n---\n${body}`;

ruleTester('welsh/spelling', {
  invalid: [
    { text: "Mae'r ffrodd ar gau heddiw oherwydd y tywydd.", found: ['ffrodd'] },
    { text: 'Diolch yn fawr i bawb am eich amynedd gyda’r cyngot.', found: ['cyngot'] },
    { text: 'Bydd y llyfrgel ar gau ddydd Llun.', found: ['llyfrgel'] },
    { text: 'Ffordd ar gau heddiw ar yr A48 oherwydd llifogyd. / Road closed today on the A48 because of flooding.', found: ['llifogyd'] },
    {
      name: 'suggests the intended word',
      text: "Mae'r ffrodd ar gau heddiw.",
      errors: [{ suggestions: expect.arrayContaining(['ffordd']), message: expect.stringMatching(/did you mean 'ffordd'/) }],
    },
    // Added: a typo in the Welsh half of an English-first post, and one in a Welsh reply.
    { name: 'added: a typo in the Welsh after the English', text: "Schools are closed today because of snow. / Mae'r ysgolon ar gau heddiw oherwydd yr eira.", found: ['ysgolon'] },
    { name: 'added: a typo in a Welsh reply', text: fm('in-reply-to: { language: cy }', 'Diolch am eich neges, byddwn yn edrych i mewn iddo yfroy.'), found: ['yfroy'] },
  ],
  valid: [
    "Mae'r ffordd ar gau heddiw oherwydd y tywydd.",
    'Bydd casgliadau biniau yn hwyr yr wythnos hon yng Nghaerfyrddin.',
    'Diolch i @CyngorSirGar a #SirGâr am eu gwaith caled.',
    'Gellir cael mwy o wybodaeth ar-lein: https://example.org/ffyrdd',
    'The road is closed today because of the weather, sorry for the inconveniance.',
    'Ffordd ar gau heddiw / Road closed todya',
    'Croeso i Ganolfan Hamdden Llanelli!',
    // From the other rules' tests, which ran the whole Welsh pack.
    {
      name: 'an English-first reply to a Welsh message (english-first only)',
      text: fm('in-reply-to: { language: cy }', 'Thanks for your message. / Diolch am eich neges.'),
      config: { welsh: { order: 'welsh-first' } },
    },
    { name: 'an English reply to a Welsh message (missing-welsh and reply-language only)', text: fm('in-reply-to: { language: cy }', 'Thanks for your message, we will look into it.') },
    { name: 'an English reply to an English message (nothing at all)', text: fm('in-reply-to: { language: en }', 'Thanks for getting in touch, the crew will call tomorrow.') },
    // Added look-alikes.
    { name: 'added: English words and Welsh names in an English post', text: 'Ysgol Bro Myrddin choir sang at Neuadd y Sir on Wednesday. Well done evryone!' },
    { name: 'added: mutated Welsh words', text: "Bydd Gŵyl Cefn Sidan yn dychwelyd i Ben-bre ym mis Awst, a bydd bws am ddim o'r dref." },
  ],
});
