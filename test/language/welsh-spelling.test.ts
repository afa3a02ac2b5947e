import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { demutate, demutations, mutate } from '../../src/language/welsh-mutations.js';
import {
  DEFAULT_WELSH_WORDS_URL,
  WelshWords,
  checkWelshSpelling,
  isWelshWord,
  loadWelshWords,
  normaliseWelsh,
  suggestWelsh,
} from '../../src/language/welsh-spelling.js';

const wordsFile = fileURLToPath(DEFAULT_WELSH_WORDS_URL);
const buildScript = fileURLToPath(new URL('../../scripts/build-welsh-words.mjs', import.meta.url));

let words: WelshWords;

beforeAll(() => {
  // dist/welsh-words.txt is a build product (npm run build); make it if missing.
  if (!existsSync(wordsFile)) {
    execFileSync(process.execPath, [buildScript, '--quiet'], { stdio: 'inherit' });
  }
  words = loadWelshWords();
}, 60_000);

const ok = (word: string): boolean => isWelshWord(word, words);
const misspelt = (text: string): string[] => checkWelshSpelling(text, words).map((m) => m.word);

describe('demutate', () => {
  it.each([
    ['nghyngor', ['cyngor']],
    ['gyngor', ['cyngor']],
    ['chyngor', ['cyngor']],
    ['Gaerfyrddin', ['Caerfyrddin']],
    ['Nghaerfyrddin', ['Caerfyrddin']],
    ['ddrws', ['drws']],
    ['mhentref', ['pentref']],
    ['thad', ['tad']],
    ['NGHYNGOR', ['CYNGOR']],
  ])('%s → %j', (word, radicals) => {
    expect(demutate(word)).toEqual(radicals);
  });

  it('offers every reading of an ambiguous initial', () => {
    expect(demutate('fws')).toEqual(['bws', 'mws']);
    expect(demutate('wasanaeth')).toEqual(['gwasanaeth']);
    expect(demutate('lan')).toEqual(['llan', 'glan']);
    expect(demutate('raig')).toEqual(['rhaig', 'graig']);
    expect(demutate('haf')).toEqual(['af']);
  });

  it('returns nothing for initials that are never a mutation result', () => {
    for (const word of ['cyngor', 'pentref', 'tad', 'llyfrgell', 'rhaglen', 'ffordd', 'sir', 'x']) {
      expect(demutate(word)).toEqual([]);
    }
  });

  it('does not misread longer initials', () => {
    expect(demutate('ngh')).not.toContain('gh');
    expect(demutate('ddoe')).not.toContain('tdoe');
    expect(demutate('nhad')).not.toContain('dhad');
    expect(demutate('llan')).toEqual([]);
  });

  it('puts a mutation back onto another radical', () => {
    const [nasal] = demutations('nghyngot');
    expect(nasal).toMatchObject({ radical: 'cyngot', kind: 'nasal' });
    expect(mutate(nasal!, 'cyngor')).toBe('nghyngor');
    expect(mutate(nasal!, 'chwarae')).toBeNull(); // ch does not mutate
  });
});

describe('word list', () => {
  it('is sorted, unique, lower-case NFC with plain apostrophes', () => {
    // The Welsh section: up to the first '#' line (notices, then the English words).
    const file = readFileSync(wordsFile, 'utf8');
    const lines = file.slice(0, file.indexOf('\n#') + 1).split('\n');
    expect(lines.pop()).toBe(''); // trailing newline
    expect(lines.length).toBeGreaterThan(200_000);
    expect(words.size).toBe(lines.length);
    for (let i = 1; i < lines.length; i++) {
      if (!(lines[i - 1]! < lines[i]!)) throw new Error(`not sorted at ${i}: ${lines[i - 1]} / ${lines[i]}`);
    }
    const sample = lines.filter((_, i) => i % 97 === 0);
    for (const line of sample) {
      expect(line).toBe(normaliseWelsh(line));
      expect(line).toMatch(/^[\p{L}'-]+$/u);
    }
  });

  it('stores radicals and suffixed forms, not mutations or clitics', () => {
    for (const w of ['cyngor', 'cynghorau', 'caerfyrddin', 'ffordd', 'ffyrdd', 'gwasanaethau', 'casgliadau']) {
      expect(words.has(w), w).toBe(true);
    }
    for (const w of ['nghyngor', "mae'r", 'gaerfyrddin']) expect(words.has(w), w).toBe(false);
  });

  it('has exact look-up at the edges of an in-memory list', () => {
    const list = WelshWords.fromWords(['ab', 'a', 'abc', 'Â', "'n", 'zz', 'ŵyr']);
    expect(list.size).toBe(7);
    for (const w of ['a', 'ab', 'abc', 'â', "'n", 'zz', 'ŵyr']) expect(list.has(w), w).toBe(true);
    for (const w of ['', 'b', 'abcd', 'aa', 'z', 'zzz', 'ŵy', 'wyr']) expect(list.has(w), w).toBe(false);
    expect(WelshWords.fromWords([]).has('a')).toBe(false);
  });

  it('loads once and caches', () => {
    expect(loadWelshWords()).toBe(words);
  });

  it('says how to build the list when it is missing', () => {
    expect(() => loadWelshWords('/nonexistent/welsh-words.txt')).toThrow(/npm run build/);
  });
});

describe('isWelshWord', () => {
  it('accepts everyday council Welsh', () => {
    const sentences = [
      'Bydd casgliadau biniau yn hwyr yr wythnos hon oherwydd y tywydd.',
      "Mae'r ffordd ar gau",
      'Diolch yn fawr i bawb',
      'yng Nghaerfyrddin',
      'ei chyngor',
      'fy nghyngor',
      'i Gaerfyrddin',
      'Mae’r llyfrgell ar agor heddiw',
      "Ewch i'r wefan am ragor o wybodaeth",
      'Cysylltwch â ni ar-lein',
      "Rydym yn ymgynghori ar y gyllideb i'w chyhoeddi yn y gwanwyn",
      'Bydd y ganolfan hamdden ar gau dros y Nadolig',
      'ailgylchu gwastraff bwyd',
    ];
    for (const sentence of sentences) {
      for (const word of sentence.replace(/[.,]/g, '').split(' ')) {
        expect(ok(word), `${word} in "${sentence}"`).toBe(true);
      }
    }
  });

  it('accepts elided and standalone clitics', () => {
    for (const w of ["i'r", "o'r", "a'r", "mae'n", "sy'n", "i'w", "gyda'r", "'n", "'r", "'i", "'w", 'i’r']) {
      expect(ok(w), w).toBe(true);
    }
  });

  it('checks hyphenated compounds part by part', () => {
    expect(ok('ar-lein')).toBe(true);
    expect(ok('e-bost')).toBe(true);
    expect(ok('cyngor-sir')).toBe(true);
    expect(ok('cyngor-ffrodd')).toBe(false);
    expect(ok('cyngor-')).toBe(false);
  });

  it('takes the aspirate mutation of a long derivative, not of a short word (real-text-blind204)', () => {
    expect(ok('cydweithrediaeth')).toBe(true);
    expect(ok('chydweithrediaeth')).toBe(true);
    // Short, or not a derivative of a known word: still reported.
    for (const w of ['chydweithrediaethh', 'thim', 'thhanysgrifwyr']) expect(ok(w), w).toBe(false);
  });

  it('takes a hyphen keeping two vowels apart when the word written whole is known (drafts-blind69)', () => {
    for (const w of ['cynorthwy-ydd', 'Cynorthwy-ydd']) expect(ok(w), w).toBe(true);
    // Not between consonants, and the whole must be a word: a hyphen inside a typo is still one.
    for (const w of ['cynorthwy-ydda', 'cynorth-wyydd', 'ysgo-lion']) expect(ok(w), w).toBe(false);
  });

  it('takes a prefix before a hyphen, Welsh or international, when the rest is a word', () => {
    for (const w of ['bio-nwy', 'bio-wrtaith', 'eco-gyfeillgar', 'aml-asiantaeth', 'gwrth-dwyll', 'micro-fusnesau', 'seiber-ddiogelwch']) {
      expect(ok(w), w).toBe(true);
    }
    // The rest must be a word, the prefix a known one, and a prefix alone is no word.
    for (const w of ['bio-nwyy', 'bioo-nwy', 'bio-', 'nwy-bio']) {
      expect(ok(w), w).toBe(false);
    }
  });

  it('takes comparatives and superlatives with -i- after the stem (cliriach, published), and nothing more after them', () => {
    for (const w of ['cliriach', 'gliriach', 'cliriaf']) expect(ok(w), w).toBe(true);
    for (const w of ['cliriachh', 'cliriacha', 'gliriachau']) expect(ok(w), w).toBe(false);
  });

  it('takes abstract nouns in -edd of adjectives the list knows (dyngaredd, real-text-blind12), not of short or vowel-final stems', () => {
    for (const w of ['dyngaredd', 'cydnerthedd', 'nyngaredd']) expect(ok(w), w).toBe(true);
    for (const w of ['dyngarredd', 'dynaredd', 'roedd-edd', 'amseredd']) expect(ok(w), w).toBe(false);
  });

  it('takes feminine nouns in -es of a person noun in -ydd, -or or -ur (emynyddes, drafts-blind9), and no other -es', () => {
    for (const w of ['emynyddes', 'llywyddes']) expect(ok(w), w).toBe(true);
    for (const w of ['ysgoles', 'ffordes', 'tywydes', 'emynyddess']) expect(ok(w), w).toBe(false);
  });

  it('takes -s on a loanword in -o (maniffestos, real-text-blind21), not on a verb-noun in -io', () => {
    for (const w of ['maniffestos', 'Maniffestos']) expect(ok(w), w).toBe(true);
    for (const w of ['cynllunios', 'gweithios', 'maniffestoss', 'manifestos']) expect(ok(w), w).toBe(false);
  });

  it('takes a woman agent in -wraig (and -wragedd) of a known agent in -wr, and -es on a patron saint (drafts-blind18)', () => {
    for (const w of ['mabolgampwraig', 'mabolgampwragedd', 'gwirfoddolwraig', 'nawddsantes', 'Mabolgampwraig']) expect(ok(w), w).toBe(true);
    for (const w of ['mabolgampwrig', 'mabolgampwaig', 'tywyddwraig', 'nawddsanes', 'ffordsantes']) expect(ok(w), w).toBe(false);
  });

  it('is case-insensitive and NFC-normalises', () => {
    expect(ok('CYNGOR')).toBe(true);
    expect(ok('Ffordd')).toBe(true);
    expect(ok('ty\u0302')).toBe(true); // tŷ, decomposed
  });

  it('rejects misspellings, including a missing circumflex the mutation rules could hide', () => {
    for (const w of ['ffrodd', 'cyngot', 'Diolc', 'tywyd', 'casgliadu', 'ol', "ffrodd'n", 'nghyngot']) {
      expect(ok(w), w).toBe(false);
    }
  });
});

describe('suggestWelsh', () => {
  it.each([
    ['Diolc', 'Diolch'],
    ['ffrodd', 'ffordd'],
    ['cyngot', 'cyngor'],
    ['tywyd', 'tywydd'],
    ['wythons', 'wythnos'],
    ['oherwdd', 'oherwydd'],
    ['gwybodeth', 'gwybodaeth'],
    ['ol', 'ôl'],
    ['nghyngot', 'nghyngor'],
    ['Gaerfyrdin', 'Gaerfyrddin'],
    ['llyfrgel', 'llyfrgell'],
    ['CYNGOT', 'CYNGOR'],
  ])('%s → %s first', (word, best) => {
    const suggestions = suggestWelsh(word, words);
    expect(suggestions[0]).toBe(best);
    expect(suggestions.length).toBeLessThanOrEqual(3);
  });

  it('corrects the wrong part of a clitic or compound form', () => {
    expect(suggestWelsh("ffrodd'r", words)).toEqual([]);
    expect(suggestWelsh("gydaa'r", words)[0]).toBe("gyda'r");
    expect(suggestWelsh('casgliadau-binau', words)[0]).toBe('casgliadau-biniau');
  });

  it('falls back to distance 2 only when nothing is one edit away', () => {
    expect(suggestWelsh('gwasnaeth', words)).toContain('gwasanaeth'); // 1 edit
    expect(suggestWelsh('gwsanaeht', words)).toContain('gwasanaeth'); // 2 edits
  });

  it('honours max and never suggests the word itself or fragments', () => {
    expect(suggestWelsh('ffrodd', words, 1)).toEqual(['ffordd']);
    expect(suggestWelsh('ffrodd', words, 0)).toEqual([]);
    for (const s of suggestWelsh('ol', words, 10)) expect(s).not.toMatch(/^['-]|['-]$|^ol$/);
  });

  it('gives the same suggestions when asked again (speed is measured by npm run bench)', () => {
    const sample = ['Diolc', 'ffrodd', 'cyngot', 'tywyd', 'wythons', 'gwasanaethay', 'ymgynghorad', 'trigollion'];
    const first = sample.map((w) => suggestWelsh(w, words));
    expect(sample.map((w) => suggestWelsh(w, words))).toEqual(first);
  });
});

describe('checkWelshSpelling', () => {
  it('finds nothing wrong in a typical post', () => {
    const post =
      "Bydd casgliadau biniau yn hwyr yr wythnos hon oherwydd y tywydd. Mae'r ffordd ar gau ger Parc Howard " +
      'i Gaerfyrddin. Diolch yn fawr i bawb am eich amynedd! 👏\n' +
      'Am ragor o wybodaeth: https://www.sirgar.llyw.cymru/biniau neu e-bostiwch gwasanaethau@sirgar.gov.uk ' +
      '#Biniau #SirGâr @CyngorSirGar sirgar.llyw.cymru 01267 234567 CCTV COVID19 Llun 3ydd';
    expect(checkWelshSpelling(post, words)).toEqual([]);
  });

  it('reports misspellings with absolute offsets and suggestions', () => {
    const text = "Diolc i bawb. Mae'r ffrodd ar gau.";
    const found = checkWelshSpelling(text, words);
    expect(found.map((m) => m.word)).toEqual(['Diolc', 'ffrodd']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.word);
    expect(found[0]).toMatchObject({ start: 0, end: 5 });
    expect(found[0]!.suggestions[0]).toBe('Diolch');
    expect(found[1]!.suggestions[0]).toBe('ffordd');
  });

  it('skips proper nouns mid-sentence but checks capitalised sentence starts', () => {
    expect(misspelt('Mae Llanymddyfri a Howard yn brysur.')).toEqual([]);
    expect(misspelt('Ffrodd ar gau. Cyngot ar agor')).toEqual(['Ffrodd', 'Cyngot']);
    expect(misspelt('📢 Ffrodd ar gau')).toEqual(['Ffrodd']);
    expect(misspelt('- Ffrodd ar gau\n* Cyngot')).toEqual(['Ffrodd', 'Cyngot']);
  });

  it('does not take a title or an initial for the end of a sentence', () => {
    // Names that look like misspellings, so that checking them would show.
    expect(misspelt('Dywedodd y Cyng. Ffrodd Davies a Dr. Cyngot Rhys ac S. Tywyd: "Diolch."')).toEqual([]);
    expect(misspelt('Ar gau. Ffrodd Davies')).toEqual(['Ffrodd']);
  });

  it('skips handles, hashtags, links, addresses, numbers, single letters and acronyms', () => {
    const text =
      '@ffrodd #ffrodd https://ffrodd.cymru/ffrodd www.ffrodd.com ffrodd@ffrodd.cymru ffrodd.llyw.cymru ' +
      'ffrodd2 2ffrodd 10 x y FFRODD GDPR CyngorFfrodd (#ffrodd) (https://ffrodd.org)';
    expect(checkWelshSpelling(text, words)).toEqual([]);
  });

  it('handles typographic apostrophes, clitics and hyphens', () => {
    expect(misspelt('Mae’r ffordd ar gau i’r de. Bydd hi ’n braf ar-lein')).toEqual([]);
    expect(misspelt("Mae'r ffrodd'n hir, mae cyngor-ffrodd")).toEqual(["ffrodd'n", 'cyngor-ffrodd']);
    expect(misspelt("'Diolch' meddai'r cyngor")).toEqual([]);
  });

  it('returns offsets that slice back to the word, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ffrodd', 'Diolch', ' ', '\n', '.', "'", '’', '-', '@', '#', 'ŵ', '👏', 'a', 'https://x.cymru', '2'), {
          maxLength: 30,
        }),
        (parts) => {
          const text = parts.join('');
          for (const m of checkWelshSpelling(text, words)) {
            expect(text.slice(m.start, m.end)).toBe(m.word);
            expect(m.suggestions.length).toBeLessThanOrEqual(3);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(checkWelshSpelling('', words)).toEqual([]);
  });

  it('checks a long post of correct Welsh without a finding (speed is measured by npm run bench)', () => {
    const post = 'Bydd casgliadau biniau yn hwyr yr wythnos hon oherwydd y tywydd. '.repeat(20);
    expect(checkWelshSpelling(post, words)).toEqual([]);
  });
});
