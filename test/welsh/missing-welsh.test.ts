import { describe, expect, it } from 'vitest';
import { fm, ids, lintText, only } from './helpers.js';

const RULE = 'welsh/missing-welsh';

describe('welsh/missing-welsh: English with no Welsh version', () => {
  it.each([
    // English sentences that name Welsh places and buildings are still English.
    ['a leisure centre named in Welsh', 'Canolfan Hamdden Caerfyrddin is closed today for repairs.'],
    ['a country park named in Welsh', 'Parc Gwledig Pen-bre is open as usual this weekend. Why not visit the beach and the adventure playground?'],
    ['a street named in Welsh', 'Heol y Parc in Llanelli will be closed from 9am on Monday for resurfacing. Diversions will be signposted.'],
    ['a school named in Welsh', 'Ysgol Bro Myrddin is closed today because of snow. Parents have been contacted by text.'],
    ['a mountain road named in Welsh', 'Gritters are out tonight on all priority routes. Take care over the Mynydd Du. ❄️'],
    ['the council office named in Welsh', 'Our customer service centre at Tŷ Elwyn, Llanelli, will be closed on Friday afternoon.'],
    ['a one-word thanks', 'Thanks!'],
    ['a bin collection notice', 'Bins will be collected on Saturday instead of Friday this week because of the bank holiday.'],
    ['a consultation with a Welsh hashtag', 'Have your say on the future of library services in Sir Gâr: https://example.org/consult #SirGâr'],
    ['an election notice', 'Polling stations are open from 7am to 10pm on Thursday 7 May. Remember to bring photo ID.'],
    ['a title-case headline', 'Road Closed Today'],
    ['a shouted headline', 'ROAD CLOSED'],
    ['an event with emoji', 'Our Christmas market returns this weekend 🎄 Come and say hello!'],
    ['a placeholder instead of the Welsh', 'Road closed on the A48 at Cross Hands today. Welsh to follow'],
    ['Welsh only inside an HTML comment', 'Road closed on the A48 today. <!-- Ffordd ar gau ar yr A48 heddiw -->'],
    ['Welsh only inside a code span', 'Road closed on the A48 today `Ffordd ar gau ar yr A48 heddiw`'],
  ])('reports %s', async (_name, text) => {
    const found = await lintText(text);
    expect(ids(found)).toContain(RULE);
    const f = only(found, RULE)[0];
    expect(f.severity).toBe('error');
    expect(f.message).toBe('English text with no Welsh version');
  });

  it.each([
    ['a Welsh thanks', 'Diolch!'],
    ['a Welsh greeting with a place name', 'Bore da Sir Gâr'],
    ['a hashtag, an emoji and a Welsh thanks', '#SirGâr 🌳 Diolch i bawb!'],
    ['a one-line "X / Y" post', 'Ffordd ar gau ar yr A48 heddiw. / Road closed on the A48 today.'],
    ['a one-line "X | Y" post', 'Ffordd ar gau heddiw | Road closed today'],
    ['a short "X / Y" sign', 'Ar agor / Open'],
    ['a Welsh-only post', "Mae'r ffordd ar gau heddiw oherwydd llifogydd."],
    ['a Welsh post naming a leisure centre', 'Mae Canolfan Hamdden Caerfyrddin ar gau heddiw ar gyfer gwaith atgyweirio.'],
    ['a bilingual post in paragraphs', 'Bydd casgliadau biniau yn hwyr yr wythnos hon.\n\nBin collections will be late this week.'],
    ['a bilingual post with the English first', 'Bin collections will be late this week.\n\nBydd casgliadau biniau yn hwyr yr wythnos hon.'],
    ['a St David\'s Day greeting with the flag', 'Dydd Gŵyl Dewi Hapus! 🏴󠁧󠁢󠁷󠁬󠁳󠁿'],
    ['Welsh congratulations to a school', 'Llongyfarchiadau i Ysgol Bro Myrddin! 🎉'],
    ['hashtags and emoji only', '#Carmarthenshire #SirGâr 🌳'],
    ['a link only', 'https://example.org/bins'],
    ['a mention only', '@CarmsCouncil'],
    ['an empty draft', ''],
    ['an English reply to an English message', fm('in-reply-to: { language: en }', 'Thanks Dai, we have passed this on to the crew.')],
  ])('does not report %s', async (_name, text) => {
    expect(ids(await lintText(text))).not.toContain(RULE);
  });

  it('points at the first English part, not at a leading line of hashtags', async () => {
    const found = await lintText(fm('channel: facebook', '#SirGâr 🚧\n\nRoad closed on the A48 today.'));
    expect(only(found, RULE).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)).toEqual(['6:1-6:30']);
  });

  it('reports an English post signed "Diolch!": a Welsh sign-off is not a Welsh version', async () => {
    const found = await lintText('Road closed on the A48 at Cross Hands today for resurfacing.\n\nDiolch!');
    expect(only(found, RULE).map((f) => f.message)).toEqual([expect.stringMatching(/the Welsh is only a fragment/)]);
    expect(ids(found)).not.toContain('welsh/unequal-content');
  });

  describe('pairs (NAME.en.md and NAME.cy.md)', () => {
    const en = 'Llanelli Leisure Centre pool is closed on Saturday 29 November for maintenance.\n\nSorry for any inconvenience.';
    const cy = "Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn 29 Tachwedd ar gyfer gwaith cynnal a chadw.\n\nMae'n ddrwg gennym am unrhyw anghyfleustra.";

    it('reports NAME.en.md without a Welsh pair', async () => {
      expect(only(await lintText(en, { file: 'pool.en.md' }), RULE).map((f) => f.line)).toEqual([1]);
    });

    it('accepts NAME.en.md with its Welsh pair, and NAME.cy.md with its English pair', async () => {
      expect(ids(await lintText(en, { file: 'pool.en.md', pairText: cy })).filter((id) => id !== 'welsh/spelling')).toEqual([]);
      expect(ids(await lintText(cy, { file: 'pool.cy.md', pairText: en })).filter((id) => id !== 'welsh/spelling')).toEqual([]);
    });

    it('accepts a pair named in front matter', async () => {
      expect(ids(await lintText(fm('pair: ./pwll.md', en), { file: 'pool.md', pairText: cy, pairFile: 'pwll.md' }))).not.toContain(RULE);
    });

    it('reports a pair whose .cy file is actually English, naming the pair file', async () => {
      const notWelsh = 'Llanelli Leisure Centre pool is shut on Saturday 29 November.\n\nApologies for any inconvenience.';
      const found = only(await lintText(en, { file: 'pool.en.md', pairText: notWelsh }), RULE);
      expect(found.map((f) => `${f.line}:${f.column}`)).toEqual(['1:1']);
      expect(found[0].message).toBe('English text with no Welsh version (nor in pool.cy.md)');
      // The .cy file itself is English too.
      expect(ids(await lintText(notWelsh, { file: 'pool.cy.md', pairText: en }))).toContain(RULE);
    });
  });

  it('Welsh alt text of an image does not count as the Welsh version of the post', async () => {
    const text = fm('attachments:\n  - path: ./a.jpg\n    alt: Road closed sign\n    alt-cy: Arwydd ffordd ar gau', 'Road closed on the A48 today.');
    expect(only(await lintText(text), RULE).map((f) => f.line)).toEqual([7]);
  });

  // Regression: English prepositions no longer join a run of names.
  it('reports a short English post whose only capitalised words are a Welsh place name and a day', async () => {
    expect(ids(await lintText('Vote at Neuadd y Sir on Thursday.'))).toContain(RULE);
  });

  // Regression: names decide the language only when nothing else does.
  it('reports an English headline naming a Welsh event', async () => {
    expect(ids(await lintText('Gŵyl Cefn Sidan cancelled'))).toContain(RULE);
  });
});
