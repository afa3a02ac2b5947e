/** The pure helpers of src/pii/context: person references, sentences, dates, phrase lists. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/pii/context/dates.js';
import { findPeople, lexicon } from '../../src/pii/context/people.js';
import { allMatches, phraseRegex } from '../../src/pii/context/phrases.js';
import { sentenceAt } from '../../src/pii/context/sentences.js';

const people = (text: string, options = {}) =>
  findPeople(text, 0, text.length, lexicon(), options).map((p) => `${p.kind}:${p.text}`);

describe('findPeople', () => {
  it.each([
    ['Thanks to Mrs Davies for reporting it.', ['titled:Mrs Davies']],
    ['Dr Rhian Evans and Mr J. Jones spoke.', ['titled:Dr Rhian Evans', 'titled:Mr J. Jones']],
    ["Mrs Davies's dog", ['titled:Mrs Davies']],
    ['Cllr Sian Evans and Cyng. Dai Jones', ['official:Cllr Sian Evans', 'official:Cyng. Dai Jones']],
    ['Thanks @dai_99 and @CarmsCouncil!', ['handle:@dai_99']],
    ['Email dai@example.com', []],
    ['Our resident Sian is well.', ['name:Our resident Sian']],
    ['the tenant complained', ['role:the tenant']],
    // Places and schemes, not people: a compass point first; Title Case Welsh common words.
    ['He later sat for East Kilbride and West Bromwich.', []],
    ['Mae Gogledd Cymru yn barod.', []],
    // A Welsh place-name compound first (one list of place elements, shared with welsh/spelling: castell, bryn, maes …).
    ['Help came from Coedpoeth Jones today.', []],
    ['Daeth help gan Coedpoeth Jones heddiw.', []],
    ['We met Glanmor Evans at the show.', ['name:Glanmor Evans']],
    ['Ble mae lleoedd parcio Bathodyn Glas?', []],
    ['Best wishes to Gerallt Jenkins today.', ['name:Gerallt Jenkins']],
    ["Diolch i'r preswylydd", ["role:'r preswylydd"]],
    ['Sian Morgan won.', ['name:Sian Morgan']],
    ['Sian won.', ['name:Sian']],
    ['Hope you are well.', []],
    ['Thanks to Jo Bloggs today.', ['name:Jo Bloggs']],
    // Two capitalised words at a sentence start are a name only when the first is a known given
    // name (Jo is one of the ONS names) or the last a known surname.
    ['Jo Bloggs won.', ['name:Jo Bloggs']],
    ['Quill Bloggs won.', []],
    ['Cafodd Dai Morgan ei arestio.', ['name:Dai Morgan']],
    ['Join the Cancer Research fun run.', []],
    ['Visit Ysgol Dewi Sant and Cross Hands Library.', []],
    ['Mynychodd Brifysgol Caeredin a Phrifysgol Glasgow.', []],
    ['Christmas Market in Carmarthen on Monday', []],
    ['Cyngor Sir Gâr and the Carmarthen Master Plan', []],
    // Handles: up to 30 characters with full stops (Instagram), a place word with digits or a given name.
    ['@sandra_llanelli84 thanks', ['handle:@sandra_llanelli84']],
    ['Diolch @sian.morgan84!', ['handle:@sian.morgan84']],
    ['@lowri_pembs84 and @carms_dai', ['handle:@lowri_pembs84', 'handle:@carms_dai']],
    ['Thanks @VisitPembs and @WalesOnline', []],
    ['Write to @example.org', []],
    // Posts in lower case: a title, or a known given name after thanks or before a surname.
    ['thanks for your patience mrs edwards', ['titled:mrs edwards']],
    ['well done poppy from reception', ['name:poppy']],
    ['llongyfarchiadau i ffion o flwyddyn 2', ['name:ffion']],
    ['our colleague emma rowlands is back', ['name:our colleague emma rowlands']],
    ['the poppy appeal starts today', []],
    ['we miss you all', []],
    ['Well done poppy from Reception', []],
    // Double-barrelled given names; given names that are words, after congratulations.
    ['Congrats to Lily-Mae in Year 2', ['name:Lily-Mae']],
    ['Roadworks in Glyn-neath today', []],
    ['Pen-blwydd hapus yn 6 oed i Elan!', ['name:Elan']],
    ['Walk in the Elan valley.', []],
    // The organisation's staff and volunteers.
    ['Our apprentice Kieran passed.', ['name:Our apprentice Kieran']],
    ['Mae ein gwirfoddolwr Gethin yn wych.', ['name:ein gwirfoddolwr Gethin']],
    // A run of capitals ends before a Welsh organisation's head word (real-text-blind35's list of apprentices and schools).
    ['Olivia Example Ysgol Cwm Brombil', ['name:Olivia Example']],
    ['Da iawn i Ffion Example Coleg Sir Gâr.', ['name:Ffion Example']],
    ['Olivia Example, Cwm Brombil School', ['name:Olivia Example']],
    ['Cynhaliwyd y gyngerdd yn Neuadd Ysgol Bro Teifi.', []],
    // No article before a person's name in Welsh: a given name after 'y', 'yr' or ''r' names a place (real-text-blind67).
    ["Mae'r tîm yng Ngharchar y Berwyn wedi ennill.", []],
    ["Cerddon ni i'r Aran gyda Berwyn Jones.", ['name:Berwyn Jones']],
    ['Profi a thrin hepatitis C yn CEM Berwyn.', []],
    ['The healthcare team at HMP Berwyn won an award.', []],
    ['We met Berwyn Jones at the show.', ['name:Berwyn Jones']],
    // Welsh given names (real-text-blind65); those that are words need a surname.
    ['Talfan is 14 and sings with the choir.', ['name:Talfan']],
    ['Diolch i Cadwgan am ei help.', ['name:Cadwgan']],
    ['Siriol iawn oedd y noson yn y neuadd.', []],
    ['Siriol Jenkins sang.', ['name:Siriol Jenkins']],
    // A double-barrelled surname whose last part is known, after a given name no list knows (real-text-blind64).
    ['Aranwen Manzini-Hughes said the bus was late.', ['name:Aranwen Manzini-Hughes']],
    ['Dywedodd Aranwen Manzini-Hughes fod y bws yn hwyr.', ['name:Aranwen Manzini-Hughes']],
    ['Cyngor Castell-Nedd said the bus was late.', []],
    // A newspaper's lede in capitals (real-text-blind50): a known given name, then the sentence in ordinary case.
    ['PATRICK SO visited his local store.', ['name:PATRICK SO']],
    ['GWENLLIAN EXAMPLE o Landeilo sydd wedi ennill.', ['name:GWENLLIAN EXAMPLE']],
    ['GRACE PERIOD ends today.', []],
    ['CLARE COUNTY COUNCIL has agreed.', []],
    ['MAI HAPUS i bawb heddiw.', []],
    ['ROAD CLOSED: PATRICK STREET', []],
  ])('%j', (text, expected) => expect(people(text)).toEqual(expected));

  it('second person only when asked', () => {
    expect(people('Your complaint is open.')).toEqual([]);
    expect(people('Your complaint is open.', { addressee: true })).toEqual(['addressee:Your']);
    expect(people('Mae eich cwyn ar agor.', { addressee: true })).toEqual(['addressee:eich']);
  });

  it('the post’s own account is never a person', () => {
    expect(people('Thanks @sirgar_news and @dai_99', { account: '@dai_99' })).toEqual([]);
  });

  it('packs can add place names', () => {
    const lex = lexicon({ 'not-names': ['Nant Y Ci', 'Bancyfelin'] });
    const refs = (t: string) => findPeople(t, 0, t.length, lex).map((p) => p.text);
    expect(refs('Walk to Nant Y Ci today')).toEqual([]);
    expect(refs('Meet at Bancyfelin Square')).toEqual([]);
  });
});

describe('sentenceAt', () => {
  const at = (text: string, word: string) => {
    const [s, e] = sentenceAt(text, text.indexOf(word));
    return text.slice(s, e);
  };
  it.each([
    ['One. Mr. Jones has it. Three.', 'Jones', 'Mr. Jones has it.'],
    ['Dr Evans spoke! Then Sian left.', 'Sian', 'Then Sian left.'],
    ['Line one\nLine two has Sian', 'Sian', 'Line two has Sian'],
    ['“Hi,” said Sian. Next.', 'Sian', '“Hi,” said Sian.'],
    ['It cost £3.50 for Sian today', 'Sian', 'It cost £3.50 for Sian today'],
  ])('%j', (text, word, sentence) => expect(at(text, word)).toBe(sentence));
});

describe('findDates', () => {
  const dates = (text: string) => findDates(text, 0, text.length).map((d) => `${text.slice(d.start, d.end)}=${d.day}/${d.month}/${d.year ?? '-'}`);
  it.each([
    ['born 23/11/1926 and 1.2.80', ['23/11/1926=23/11/1926', '1.2.80=1/2/80']],
    ['on 1926-11-23', ['1926-11-23=23/11/1926']],
    ['23 November 1926, 23rd Nov 1926, November 23, 1926', ['23 November 1926=23/11/1926', '23rd Nov 1926=23/11/1926', 'November 23, 1926=23/11/1926']],
    ['23ain o Dachwedd 1926 a 5 Mehefin', ['23ain o Dachwedd 1926=23/11/1926', '5 Mehefin=5/6/-']],
    ['31/02/1980, 14:30, £23.11, 1,250,000, PL/05123/2026', []],
    ['14 November', ['14 November=14/11/-']],
  ])('%j', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('phraseRegex', () => {
  const hits = (list: string[], text: string) => allMatches(phraseRegex(list), text).map(([s, e]) => text.slice(s, e));
  it('matches whole words, any case, any spacing, either apostrophe', () => {
    expect(hits(["alzheimer's", 'has cancer'], "Has  Cancer, Alzheimer’s; cancerous")).toEqual(['Has  Cancer', 'Alzheimer’s']);
  });
  it('a trailing * takes further letters', () => {
    expect(hits(['arrest*'], 'arrested, arrests, arrest, rearrest')).toEqual(['arrested', 'arrests', 'arrest']);
  });
  it('a hyphen matches a hyphen, a space or nothing', () => {
    expect(hits(['self-harm'], 'self-harm, self harm, selfharm')).toEqual(['self-harm', 'self harm', 'selfharm']);
  });
  it('regex characters are literal', () => {
    expect(hits(['d.o.b.', '(x)'], 'dxoxbx d.o.b. x (x)')).toEqual(['d.o.b.', '(x)']);
  });
  it('compiles once per list', () => {
    const list = ['a'];
    expect(phraseRegex(list)).toBe(phraseRegex(list));
  });
});
