import { describe, expect, it } from 'vitest';
import { fm, ids, lintText, only } from './helpers.js';

const RULE = 'welsh/unequal-content';
const lacks = (what: string) => `The Welsh version lacks ${what} that the English has`;
const num = (n: string) => lacks(`the number, date or time '${n}'`);
const SHORTER = /^Welsh version is much shorter than the English \(\d+ against \d+ characters\): check nothing was left out$/;
const TWICE = 'The same text appears twice: the second copy was probably meant to be the other language';

describe('welsh/unequal-content: the Welsh lacks what the English has', () => {
  it.each([
    ['a date and a time missing in a one-line post', 'Ffordd ar gau heddiw. / Road closed on 23 November from 9am.', [num('23'), num('9am')]],
    ['a time missing', 'Bydd y ffordd ar gau ar 23 Tachwedd. / The road will be closed on 23 November from 9am.', [num('9am')]],
    ['a date missing from a leisure centre closure', 'Bydd Canolfan Hamdden Llanelli ar gau ddydd Sadwrn. / Llanelli Leisure Centre will be closed on Saturday 29 November for maintenance.', [num('29')]],
    ['a number of schools missing', 'Bydd ysgolion ar gau yfory oherwydd yr eira. / 12 schools will be closed tomorrow because of snow.', [num('12')]],
    ['election hours missing', 'Pleidleisiwch ddydd Iau 7 Mai yn eich gorsaf bleidleisio leol. / Vote on Thursday 7 May, polling stations are open 7am to 10pm.', [num('7am'), num('10pm')]],
    ['a price missing from an event', 'Bydd y ffair yn Llandeilo ar 6 Rhagfyr, 10yb tan 4yp. / The fair is in Llandeilo on 6 December, 10am to 4pm. Tickets £5.', [num('5')]],
    [
      'the consultation link missing',
      "Mae'r ymgynghoriad ar dymhorau ysgol ar agor tan 31 Rhagfyr.\n\nThe consultation on school terms is open until 31 December: https://example.org/consult",
      [lacks("the link 'https://example.org/consult'")],
    ],
    ['the English account mention missing', "Diolch i'r criwiau am eu gwaith caled heddiw. / Thanks to the crews for their hard work today @CarmsCouncil", [lacks("the mention '@CarmsCouncil'")]],
    ['the hashtag missing', "Diolch i bawb a ddaeth i'r ffair heddiw. / Thanks to everyone who came to the fair today #Carmarthenshire", [lacks("the hashtag '#Carmarthenshire'")]],
    ['a hashtag missing with emoji around', 'Nofio am ddim i blant 🏊 / Free swimming for children 🏊 #SirGâr', [lacks("the hashtag '#SirGâr'")]],
  ])('reports %s', async (_name, text, messages) => {
    const found = only(await lintText(text), RULE);
    expect(found.map((f) => f.message)).toEqual(messages);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('points at the missing item in the English', async () => {
    const found = only(await lintText('Ffordd ar gau heddiw. / Road closed on 23 November from 9am.'), RULE);
    expect(found.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.actual}`)).toEqual(['1:40-42 23', '1:57-60 9am']);
  });

  it('reports a Welsh half much shorter than the English, once, at the Welsh', async () => {
    const found = only(await lintText('Ffordd ar gau ar yr A48 yr wythnos hon. / Road closed on the A48 at Cross Hands from Monday to Friday while the surface is replaced.'), RULE);
    expect(found.map((f) => `${f.line}:${f.column}`)).toEqual(['1:1']);
    expect(found[0].message).toMatch(SHORTER);
  });

  it('leaves a Welsh greeting on an English post to missing-welsh, not every missing number', async () => {
    const found = await lintText('Bore da! Bins will be collected on Saturday 29 November, from 7am, as usual.');
    expect(only(found, RULE)).toEqual([]);
    expect(ids(found)).toContain('welsh/missing-welsh');
  });

  it('reports English pasted where the Welsh should be, at the second copy', async () => {
    const found = await lintText('Road closed today on the A48.\n\nRoad closed today on the A48.');
    expect(only(found, RULE).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([`3:1 ${TWICE}`]);
    expect(ids(found)).toContain('welsh/missing-welsh');
  });

  it('reports a repeated English paragraph after the Welsh', async () => {
    const found = only(await lintText('Bydd y ganolfan ailgylchu ar gau ddydd Llun.\n\nThe recycling centre will be closed on Monday.\n\nThe recycling centre will be closed on Monday.'), RULE);
    expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toContain(`5:1 ${TWICE}`);
  });

  describe('pairs', () => {
    const en = 'Llanelli Leisure Centre pool is closed on Saturday 29 November for maintenance.\n\nSorry for any inconvenience.';
    const cy = "Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn 29 Tachwedd ar gyfer gwaith cynnal a chadw.\n\nMae'n ddrwg gennym am unrhyw anghyfleustra.";

    it.each([
      ['a link only in the English file', `${en}\nBookings: https://example.org/leisure`, cy, [lacks("the link 'https://example.org/leisure'")]],
      ['a different date in the Welsh file', en, cy.replace('29', '28'), [num('29')]],
      ['a much shorter Welsh file', en, 'Bydd y pwll ar gau ddydd Sadwrn.', ['SHORTER']],
      ['a hashtag only in the English file', `${en} #SirGâr`, cy, [lacks("the hashtag '#SirGâr'")]],
    ])('reports %s, in the English file', async (_name, enText, cyText, messages) => {
      const found = only(await lintText(enText, { file: 'pool.en.md', pairText: cyText }), RULE);
      expect(found.map((f) => (SHORTER.test(f.message) ? 'SHORTER' : f.message))).toEqual(messages);
      // The Welsh file reports nothing: each problem is reported once.
      expect(only(await lintText(cyText, { file: 'pool.cy.md', pairText: enText }), RULE)).toEqual([]);
    });

    it('reports the same text in both files (English pasted as the Welsh)', async () => {
      expect(only(await lintText(en, { file: 'pool.cy.md', pairText: en }), RULE).map((f) => f.message)).toEqual([TWICE, TWICE]);
    });

    it('reports a copied pair once, in the .cy file, not in the English file', async () => {
      expect(only(await lintText(en, { file: 'pool.en.md', pairText: en }), RULE)).toEqual([]);
    });

    it('does not report an equal pair, nor a pair with front matter', async () => {
      expect(only(await lintText(en, { file: 'pool.en.md', pairText: cy }), RULE)).toEqual([]);
      expect(only(await lintText(fm('channel: facebook', en), { file: 'pool.en.md', pairText: fm('channel: facebook', cy) }), RULE)).toEqual([]);
    });
  });

  it.each([
    ['the same date and time', 'Ffordd ar gau ar 23 Tachwedd o 9yb. / Road closed on 23 November from 9am.'],
    ['the Welsh account where the English names @CarmsCouncil', "Diolch i'r criwiau am eu gwaith caled heddiw @CyngorSirGar / Thanks to the crews for their hard work today @CarmsCouncil"],
    ['#SirGâr for #Carmarthenshire', "Diolch i bawb a ddaeth i'r ffair heddiw #SirGâr / Thanks to everyone who came to the fair today #Carmarthenshire"],
    ['#SirGâr for #Carmarthenshire, with emoji', 'Nofio am ddim i blant 🏊 #SirGâr / Free swimming for children 🏊 #Carmarthenshire'],
    ['a shared trailing link', 'Mwy o wybodaeth / More information: https://example.org/bins'],
    [
      'a shared trailing link after two paragraphs',
      'Bydd casgliadau biniau yn hwyr yr wythnos hon oherwydd y tywydd.\n\nBin collections will be late this week because of the weather.\n\nMwy o wybodaeth / More information: https://example.org/bins',
    ],
    ['a Welsh link for an English link', 'Bydd y ffordd ar gau, gweler https://example.org/ffyrdd / The road will be closed, see https://example.org/roads'],
    ['polling hours written the Welsh way', 'Pleidleisiwch ar 7 Mai rhwng 7yb a 10yh. / Vote on 7 May between 7am and 10pm.'],
    ['a count in both', 'Bydd 12 ysgol ar gau yfory oherwydd yr eira. / 12 schools will be closed tomorrow because of snow.'],
    ['a phone number in both', 'Ffoniwch y ganolfan ar 01267 234567. / Call the centre on 01267 234567.'],
    ['thousands with and without a comma', 'Daeth dros 1000 o bobl i Ŵyl Cefn Sidan! / Over 1,000 people came to Gŵyl Cefn Sidan!'],
    ['a road number only', 'Ffordd ar gau ar yr A48 heddiw. / Road closed on the A48 today.'],
    ['a short sign', 'Ar agor / Open'],
    ['a Welsh-only post', "Bydd y ffordd ar gau ar 23 Tachwedd o 9yb. Gweler https://example.org/ffyrdd"],
    ['an English-only post (that is missing-welsh)', 'The road will be closed on 23 November from 9am: https://example.org/roads'],
    ['an English reply to an English message, signed off "Diolch"', fm('in-reply-to: { language: en }', 'Thanks for letting us know about the missed collection on Monday 24 November, the crew will return tomorrow. Diolch!')],
  ])('does not report %s', async (_name, text) => {
    expect(only(await lintText(text), RULE)).toEqual([]);
  });
});

describe('welsh/unequal-content: times read the same in either language', () => {
  it.each([
    ['Bydd y ganolfan ar agor tan 22:00 heno. / The centre will be open until 10pm tonight.'],
    ['Ffordd ar gau o 9yb tan 4yp ddydd Mawrth. / Road closed from 9am until 4pm on Tuesday.'],
    ['Mae’r cyfarfod am 2.00yh yn Neuadd y Sir. / The meeting is at 14:00 in County Hall.'],
  ])('does not report %s', async (text) => {
    expect(only(await lintText(text), 'welsh/unequal-content')).toEqual([]);
  });

  it('still reports a time the Welsh leaves out', async () => {
    const found = only(await lintText('Ffordd ar gau o 9yb ddydd Mawrth. / Road closed from 9am until 4pm on Tuesday.'), 'welsh/unequal-content');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("'4pm'")]);
  });
});
