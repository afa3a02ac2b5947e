import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitLanguageSegments, summariseLanguages, type LanguageSegment } from '../../src/language/segments.js';
import { ENGLISH_POSTS, WELSH_POSTS } from './posts.js';

type Expected = Array<[lang: LanguageSegment['lang'], text: string]>;

function simplify(segments: LanguageSegment[]): Expected {
  return segments.map((s) => [s.lang, s.text]);
}

describe('splitLanguageSegments', () => {
  const cases: Array<[name: string, text: string, expected: Expected]> = [
    [
      'one-line bilingual post with " / "',
      'Ffordd ar gau heddiw ar yr A48. / Road closed today on the A48.',
      [
        ['cy', 'Ffordd ar gau heddiw ar yr A48.'],
        ['en', 'Road closed today on the A48.'],
      ],
    ],
    [
      'one-line bilingual post with " | "',
      'Road closed | Ffordd ar gau',
      [
        ['en', 'Road closed'],
        ['cy', 'Ffordd ar gau'],
      ],
    ],
    [
      'Welsh paragraph, English paragraph, hashtags',
      'Bydd casgliadau biniau yn hwyr yr wythnos hon oherwydd y tywydd.\nDiolch am eich amynedd.\n\n' +
        'Bin collections will be late this week because of the weather.\nThank you for your patience.\n\n#SirGâr #Carmarthenshire',
      [
        ['cy', 'Bydd casgliadau biniau yn hwyr yr wythnos hon oherwydd y tywydd.\nDiolch am eich amynedd.'],
        ['en', 'Bin collections will be late this week because of the weather.\nThank you for your patience.'],
        ['unknown', '#SirGâr #Carmarthenshire'],
      ],
    ],
    [
      'sentences of both languages in one line, with hashtag and emoji',
      '#SirGâr 🌳 Diolch i bawb! Thanks everyone!',
      [
        ['cy', '#SirGâr 🌳 Diolch i bawb!'],
        ['en', 'Thanks everyone!'],
      ],
    ],
    [
      'English post with Welsh place names',
      'Parc Gwledig Pen-bre is open as usual this weekend. Visit Caerfyrddin market on Saturday too!',
      [['en', 'Parc Gwledig Pen-bre is open as usual this weekend. Visit Caerfyrddin market on Saturday too!']],
    ],
    [
      'a line without evidence takes the language of its paragraph',
      "Mae'r ganolfan ar gau heddiw.\n📞 01267 234567",
      [['cy', "Mae'r ganolfan ar gau heddiw.\n📞 01267 234567"]],
    ],
    [
      'English first, then Welsh, on separate lines of one paragraph',
      'Library closed today.\nLlyfrgell ar gau heddiw.',
      [
        ['en', 'Library closed today.'],
        ['cy', 'Llyfrgell ar gau heddiw.'],
      ],
    ],
    [
      'an English sentence after a Welsh one on the same line',
      'Bydd y ganolfan ar gau yfory oherwydd gwaith trydanol. The centre will be closed tomorrow for electrical work.',
      [
        ['cy', 'Bydd y ganolfan ar gau yfory oherwydd gwaith trydanol.'],
        ['en', 'The centre will be closed tomorrow for electrical work.'],
      ],
    ],
    ['Windows line endings and a link', 'Ffordd ar gau | Road closed\r\n\r\nhttps://sirgar.llyw.cymru', [
      ['cy', 'Ffordd ar gau'],
      ['en', 'Road closed'],
      ['unknown', 'https://sirgar.llyw.cymru'],
    ]],
    ['slashes without spaces do not split', 'Open 24/7 at www.example.gov.uk/bins and/or online', [
      ['en', 'Open 24/7 at www.example.gov.uk/bins and/or online'],
    ]],
    ['empty text', '', []],
    ['blank lines only', '\n\n  \n', []],
  ];

  it.each(cases)('%s', (_name, text, expected) => {
    expect(simplify(splitLanguageSegments(text))).toEqual(expected);
  });

  it('gives absolute offsets', () => {
    const prefix = '---\nchannel: x\n---\n';
    const body = 'Ffordd ar gau / Road closed';
    const segments = splitLanguageSegments(body, prefix.length);
    const whole = prefix + body;
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [19, 32],
      [35, 46],
    ]);
    for (const s of segments) expect(whole.slice(s.start, s.end)).toBe(s.text);
  });

  it.each(ENGLISH_POSTS)('English post is one English segment: %j', (text) => {
    const segments = splitLanguageSegments(text);
    expect(segments.map((s) => s.lang)).toEqual(['en']);
  });

  it.each(WELSH_POSTS)('Welsh post is one Welsh segment: %j', (text) => {
    const segments = splitLanguageSegments(text);
    expect(segments.map((s) => s.lang)).toEqual(['cy']);
  });

  it('pairs a Welsh post with its English version in either order', () => {
    for (let k = 0; k < WELSH_POSTS.length; k++) {
      const cyFirst = splitLanguageSegments(`${WELSH_POSTS[k]}\n\n${ENGLISH_POSTS[k]}`);
      expect(cyFirst.map((s) => s.lang)).toEqual(['cy', 'en']);
      const enFirst = splitLanguageSegments(`${ENGLISH_POSTS[k]}\n\n${WELSH_POSTS[k]}`);
      expect(enFirst.map((s) => s.lang)).toEqual(['en', 'cy']);
    }
  });

  it('segments are ordered, disjoint, trimmed slices of the text (property)', () => {
    const words = [
      'Ffordd', 'ar', 'gau', 'heddiw', 'Road', 'closed', 'today', 'Diolch', 'Thanks', 'the', 'yn', 'Llanelli',
      '#SirGâr', '🌳', '/', '|', '.', '!', '\n', '\n\n', ' ', '  ', '\r\n', 'A48', 'https://x.cymru/a', "Mae'r", '…',
    ];
    const arb = fc.tuple(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.nat(1000));
    fc.assert(
      fc.property(arb, ([parts, offset]) => {
        const text = parts.join(' ');
        const segments = splitLanguageSegments(text, offset);
        let last = offset;
        for (const s of segments) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start - offset, s.end - offset)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('summariseLanguages', () => {
  const cases: Array<[string, ReturnType<typeof summariseLanguages>]> = [
    ['Ffordd ar gau / Road closed', { hasWelsh: true, hasEnglish: true, first: 'cy', welshChars: 13, englishChars: 11 }],
    ['Road closed\n\nFfordd ar gau', { hasWelsh: true, hasEnglish: true, first: 'en', welshChars: 13, englishChars: 11 }],
    ['Canolfan Hamdden Caerfyrddin is closed today.', {
      hasWelsh: false, hasEnglish: true, first: 'en', welshChars: 0, englishChars: 45,
    }],
    ['Diolch!', { hasWelsh: true, hasEnglish: false, first: 'cy', welshChars: 7, englishChars: 0 }],
    ['#SirGâr 🌳', { hasWelsh: false, hasEnglish: false, first: null, welshChars: 0, englishChars: 0 }],
    ['', { hasWelsh: false, hasEnglish: false, first: null, welshChars: 0, englishChars: 0 }],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(summariseLanguages(splitLanguageSegments(text))).toEqual(expected);
  });

  it('counts a mixed segment half in each language', () => {
    const s = summariseLanguages([{ start: 0, end: 10, text: '0123456789', lang: 'mixed' }]);
    expect(s).toEqual({ hasWelsh: true, hasEnglish: true, first: null, welshChars: 5, englishChars: 5 });
  });
});
