import { describe, it, expect } from 'vitest';
import {
  explainLanguage,
  identifyLanguage,
  identifyLanguageAsync,
  isFallbackLoaded,
  loadFallback,
  setFallback,
  type LanguageLabel,
} from '../../src/language/identify.js';
import { corporaPresent, defaultCorpusDir, measureAccuracy } from '../../scripts/lang-accuracy.js';
import { ENGLISH_POSTS, WELSH_POSTS } from './posts.js';

describe('identifyLanguage: short texts', () => {
  const cases: Array<[string, LanguageLabel]> = [
    ['Diolch!', 'cy'],
    ['Bore da Sir Gâr', 'cy'],
    ['Bore da', 'cy'],
    ['Nos da', 'cy'],
    ['Ar gau', 'cy'],
    ['Croeso', 'cy'],
    ['Diolch yn fawr iawn', 'cy'],
    ['Pob lwc!', 'cy'],
    ['Penblwydd hapus', 'cy'],
    ['Hwyl fawr', 'cy'],
    ['Mwy o wybodaeth: www.sirgar.llyw.cymru', 'cy'],
    ['Thank you!', 'en'],
    ['Road closed', 'en'],
    ['Pool closed', 'en'],
    ['Good luck!', 'en'],
    ['Well done everyone', 'en'],
    ['Happy birthday', 'en'],
    ['More information: www.carmarthenshire.gov.wales', 'en'],
    ['07700 900123', 'unknown'],
    ['', 'unknown'],
    ['   ', 'unknown'],
    ['🌳🌊🎄', 'unknown'],
    ['#SirGâr #Carmarthenshire', 'unknown'],
    ['@CyngorSirGar', 'unknown'],
    ['https://www.sirgar.llyw.cymru/biniau', 'unknown'],
    ['10:30 - 16:00', 'unknown'],
  ];
  it.each(cases)('%j → %s', (text, lang) => {
    expect(identifyLanguage(text, { fallback: false }).lang).toBe(lang);
  });
});

describe('identifyLanguage: names do not decide', () => {
  const english: string[] = [
    'Canolfan Hamdden Caerfyrddin is closed today for repairs.',
    'Heol y Parc in Llanelli will be closed until Friday.',
    'Sir Gâr residents can now report potholes online.',
    'Visit Parc Gwledig Pen-bre this weekend!',
    'Coed y Brenin and Pen y Fan are busy today, so please park considerately.',
    'Llanelli, Caerfyrddin and Rhydaman libraries are open late on Thursday.',
    'Congratulations to Ysgol Gymraeg Bro Myrddin on their excellent inspection report!',
  ];
  it.each(english)('%j is English', (text) => {
    const r = identifyLanguage(text, { fallback: false });
    expect(r.lang).toBe('en');
    expect(r.cy).toBe(0);
  });

  const welsh: string[] = [
    'Mae Canolfan Hamdden Caerfyrddin ar gau heddiw.',
    'Bydd Heol y Parc yn Llanelli ar gau tan ddydd Gwener.',
    'Croeso i Barc Gwledig Pen-bre!',
    'Mae Theatr y Lyric yn Sir Gâr.',
  ];
  it.each(welsh)('%j is Welsh', (text) => {
    expect(identifyLanguage(text, { fallback: false }).lang).toBe('cy');
  });

  it('hashtags, handles, URLs, numbers and emoji carry no evidence', () => {
    const r = identifyLanguage('#SirGâr #DiolchYnFawr @CyngorSirGar https://www.example.cymru/ar-gau 01267 234567 🌳', {
      fallback: false,
    });
    expect(r).toMatchObject({ lang: 'unknown', cy: 0, en: 0 });
    expect(identifyLanguage('Road closed #SirGâr #FforddArGau', { fallback: false }).lang).toBe('en');
    expect(identifyLanguage('Ffordd ar gau 🚧 #RoadClosed @Traffic_Wales', { fallback: false }).lang).toBe('cy');
  });

  it('a title-case headline is still identified from its words', () => {
    expect(identifyLanguage('Road Closed Today', { fallback: false }).lang).toBe('en');
    expect(identifyLanguage('Ffordd Ar Gau Heddiw', { fallback: false }).lang).toBe('cy');
    expect(identifyLanguage('FFORDD AR GAU: A48 PONT ABRAHAM', { fallback: false }).lang).toBe('cy');
    expect(identifyLanguage('ROAD CLOSED: A48 PONT ABRAHAM', { fallback: false }).lang).toBe('en');
  });

  it('names only: everyday English words among them count, so one Welsh word does not make a list Welsh', () => {
    // A councillor list from an agenda (blind set): upper-case names, parties in Title Case.
    expect(identifyLanguage('COUNCILLOR LES GEORGE (Welsh Conservative Party) 3. COUNCILLOR WILLIAM POWELL (Welsh Liberal Democrats)', { fallback: false }).lang).toBe('en');
    // A bilingual letterhead is both languages.
    expect(identifyLanguage('Wendy Example Prif Weithredwr, Chief Executive, Neuadd y Sir, Caerfyrddin. County Hall, Carmarthen.', { fallback: false }).lang).toBe('mixed');
    expect(identifyLanguage('Canolfan Hamdden Caerfyrddin', { fallback: false }).lang).toBe('cy');
  });

  it('English "I" is English evidence, Welsh "i" Welsh evidence', () => {
    expect(identifyLanguage('Yesterday I visited the centre', { fallback: false }).lang).toBe('en');
    expect(identifyLanguage("Diolch i bawb a ddaeth i'r digwyddiad", { fallback: false }).lang).toBe('cy');
  });
});

describe('identifyLanguage: bilingual texts are mixed', () => {
  const cases: string[] = [
    'Ffordd ar gau / Road closed',
    'Ffordd ar gau heddiw ar yr A48. / Road closed today on the A48.',
    '#SirGâr 🌳 Diolch i bawb! Thanks everyone!',
    'Diolch! Thank you!',
    'Croeso / Welcome',
    'Bydd y ganolfan ar gau yfory. The centre will be closed tomorrow.',
    'Bin collections will be late this week. Bydd casgliadau biniau yn hwyr yr wythnos hon.',
  ];
  it.each(cases)('%j', (text) => {
    expect(identifyLanguage(text, { fallback: false }).lang).toBe('mixed');
  });
});

describe('identifyLanguage: realistic council posts', () => {
  it.each(ENGLISH_POSTS)('English: %j', (text) => {
    expect(identifyLanguage(text, { fallback: false }).lang).toBe('en');
  });
  it.each(WELSH_POSTS)('Welsh: %j', (text) => {
    expect(identifyLanguage(text, { fallback: false }).lang).toBe('cy');
  });
  it('has at least 20 posts in each language', () => {
    expect(ENGLISH_POSTS.length).toBeGreaterThanOrEqual(20);
    expect(WELSH_POSTS.length).toBeGreaterThanOrEqual(20);
  });
});

describe('identifyLanguage: Welsh morphology and orthography', () => {
  const welsh: string[] = [
    "Mae'n bwrw glaw yng Nghaerdydd.", // clitic 'n, nasal mutation
    'Dyma’r newyddion diweddaraf.', // curly apostrophe
    'Gwelwyd ŵyn bach yn y caeau.', // ŵ, -au
    'Ysgrifennwch atom.', // -wch
    'Llongyfarchiadau mawr!',
    'Cymerwch ofal ar y ffyrdd.',
  ];
  it.each(welsh)('%j is Welsh', (text) => {
    expect(identifyLanguage(text, { fallback: false }).lang).toBe('cy');
  });
  const english: string[] = [
    "We're sorry, the pool isn't open.", // clitics 're, 't
    'Knowledge is power.',
    'Gritting lorries working overnight.',
    'Quick update on schools.',
  ];
  it.each(english)('%j is English', (text) => {
    expect(identifyLanguage(text, { fallback: false }).lang).toBe('en');
  });

  it('explainLanguage shows the points of each word', () => {
    const trace = explainLanguage('Canolfan Hamdden is closed');
    expect(trace).toEqual([
      ['canolfan', 'name'],
      ['hamdden', 'name'],
      ['is', -2],
      ['closed', -3],
    ]);
  });
});

describe('fallback', () => {
  it('is not loaded by importing identify.ts', () => {
    expect(isFallbackLoaded()).toBe(false);
  });

  it('decides texts the heuristic cannot, once loaded', async () => {
    const text = 'Agora Facebook'; // names only, no listed words
    expect(identifyLanguage(text).lang).toBe('unknown');
    await loadFallback();
    expect(isFallbackLoaded()).toBe(true);
    const r = identifyLanguage(text);
    expect(['cy', 'en']).toContain(r.lang);
    expect(r.byFallback).toBe(true);
    // Opting out keeps the heuristic answer.
    expect(identifyLanguage(text, { fallback: false }).lang).toBe('unknown');
  });

  it('is not consulted when the heuristic is decisive', async () => {
    let calls = 0;
    setFallback(() => {
      calls++;
      return 'en';
    });
    try {
      expect(identifyLanguage('Bydd casgliadau biniau yn hwyr.').lang).toBe('cy');
      expect(calls).toBe(0);
    } finally {
      setFallback(null);
    }
    expect((await identifyLanguageAsync('Diolch yn fawr')).lang).toBe('cy');
  });
});

describe('many paragraphs (speed is measured by npm run bench, not here)', () => {
  it('identifies 20,000 paragraphs, each as its corpus says', () => {
    const texts = [...ENGLISH_POSTS, ...WELSH_POSTS];
    let cy = 0;
    let en = 0;
    for (let i = 0; i < 20_000; i++) {
      const lang = identifyLanguage(texts[i % texts.length] + ' ' + i).lang;
      if (lang === 'cy') cy++;
      else if (lang === 'en') en++;
    }
    expect(cy).toBe(10_000);
    expect(en).toBe(10_000);
  });
});

describe('accuracy on the real corpora (test/data/corpora)', () => {
  it('has the corpora in the repository', () => expect(corporaPresent(defaultCorpusDir())).toBe(true));
  it('reaches 99.5% on sentences of 20+ characters, 99% per language', async () => {
    const r = await measureAccuracy(defaultCorpusDir());
    expect(r.overall20plus).toBeGreaterThanOrEqual(0.995);
    expect(r.cy.accuracy20).toBeGreaterThanOrEqual(0.99);
    expect(r.en.accuracy20).toBeGreaterThanOrEqual(0.99);
    expect(r.cy.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.en.accuracy).toBeGreaterThanOrEqual(0.99);
  });
});
