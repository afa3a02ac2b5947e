import { describe, expect, it } from 'vitest';
import { fm, ids, lintText, only } from './helpers.js';

const RULE = 'welsh/english-first';
const WELSH_FIRST = { config: { welsh: { order: 'welsh-first' as const } } };

describe('welsh/english-first: English before Welsh, with welsh.order: welsh-first', () => {
  it.each([
    ['a one-line "English / Welsh" post', 'Road closed today on the A48. / Ffordd ar gau heddiw ar yr A48.', '1:1'],
    ['an "English | Welsh" post', 'Free swimming for children this half term | Nofio am ddim i blant yr hanner tymor hwn', '1:1'],
    ['English and Welsh paragraphs', 'Bins will be collected on Saturday.\n\nBydd biniau yn cael eu casglu ddydd Sadwrn.', '1:1'],
    ['English and Welsh lines', 'Road closed on the A48 today.\nFfordd ar gau ar yr A48 heddiw.', '1:1'],
    ['English and Welsh sentences on one line', 'Road closed on the A48 today. Ffordd ar gau ar yr A48 heddiw.', '1:1'],
    ['a leisure centre name, English first', 'Carmarthen Leisure Centre / Canolfan Hamdden Caerfyrddin', '1:1'],
    ['a bin day, English first', 'Bin collections: Monday / Casgliadau biniau: dydd Llun', '1:1'],
    ['a hashtag line, then English, then Welsh', '#SirGâr\n\nThe consultation on school term dates closes on Friday.\n\nMae\'r ymgynghoriad ar ddyddiadau tymor ysgol yn cau ddydd Gwener.', '3:1'],
    ['an emoji before the English', '🏴󠁧󠁢󠁷󠁬󠁳󠁿 Road closed today / Ffordd ar gau heddiw', '1:1'],
  ])('reports %s', async (_name, text, pos) => {
    const found = only(await lintText(text, WELSH_FIRST), RULE);
    expect(found.map((f) => `${f.line}:${f.column}`)).toEqual([pos]);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toBe('English comes before Welsh in a bilingual post');
  });

  it('reports an English-first reply to a Welsh message', async () => {
    const text = fm('in-reply-to: { language: cy }', 'Thanks for your message. / Diolch am eich neges.');
    expect(ids(await lintText(text, WELSH_FIRST))).toEqual([RULE]);
  });

  it.each([
    ['a one-line "Welsh / English" post', 'Ffordd ar gau heddiw ar yr A48. / Road closed today on the A48.'],
    ['Welsh and English paragraphs', 'Bydd biniau yn cael eu casglu ddydd Sadwrn.\n\nBins will be collected on Saturday.'],
    ['Welsh and English sentences on one line', 'Ffordd ar gau ar yr A48 heddiw. Road closed on the A48 today.'],
    ['a Welsh name first', 'Canolfan Hamdden Caerfyrddin / Carmarthen Leisure Centre'],
    ['an English-only post (that is missing-welsh)', 'Road closed today.'],
    ['a Welsh-only post', 'Ffordd ar gau heddiw ar yr A48.'],
    ['an emoji and hashtag before the Welsh', '🚧 #SirGâr Ffordd ar gau heddiw / Road closed today 🚧'],
    ['an English reply to an English message, signed off in both languages', fm('in-reply-to: { language: en }', 'Thanks Dai! / Diolch Dai!')],
  ])('does not report %s', async (_name, text) => {
    expect(ids(await lintText(text, WELSH_FIRST))).not.toContain(RULE);
  });

  it.each([
    ['order: any', { config: { welsh: { order: 'any' as const } } }],
    ['no welsh settings (the default)', {}],
  ])('never reports with %s', async (_name, options) => {
    for (const text of ['Road closed today. / Ffordd ar gau heddiw.', 'Bins will be collected on Saturday.\n\nBydd biniau yn cael eu casglu ddydd Sadwrn.']) {
      expect(ids(await lintText(text, options))).not.toContain(RULE);
    }
  });
});
