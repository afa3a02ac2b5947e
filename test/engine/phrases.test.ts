import { describe, expect, it } from 'vitest';
import { phrasesDetector } from '../../src/engine/kinds/phrases.js';
import { parseDraft } from '../../src/inputs/draft.js';
import { packFrom, packYaml, postRule } from '../support/packs.js';
import { lintText } from '../support/engine.js';

type Spec = Parameters<typeof phrasesDetector>[0];

/** The matched texts of a phrases spec over a draft. */
async function matches(spec: Spec, text: string, file = 'draft.txt'): Promise<string[]> {
  const { doc } = await parseDraft(text, file);
  return phrasesDetector(spec)(doc!).map((m) => text.slice(m.start, m.end));
}

const PLACEHOLDER: Spec = { phrases: ['Welsh to follow', "nid i'w gyhoeddi", '[Welsh]', 'a.b (c)'] };

describe('phrases kind', () => {
  it.each([
    ['exact', 'Road closed. Welsh to follow', ['Welsh to follow']],
    ['lower case', 'road closed. welsh to follow', ['welsh to follow']],
    ['upper case', 'ROAD CLOSED. WELSH TO FOLLOW!', ['WELSH TO FOLLOW']],
    ['mixed case', 'wElSh To FoLlOw', ['wElSh To FoLlOw']],
    ['straight apostrophe', "Nid i'w gyhoeddi", ["Nid i'w gyhoeddi"]],
    ['curly apostrophe ’', 'Nid i’w gyhoeddi', ['Nid i’w gyhoeddi']],
    ['opening quote ‘ as apostrophe', 'nid i‘w gyhoeddi', ['nid i‘w gyhoeddi']],
    ['modifier letter apostrophe ʼ', 'nid iʼw gyhoeddi', ['nid iʼw gyhoeddi']],
    ['hyphen between words', 'Welsh - to follow', ['Welsh - to follow']],
    ['en dash between words', 'Welsh – to follow', ['Welsh – to follow']],
    ['comma and colon between words', 'Welsh, to: follow', ['Welsh, to: follow']],
    ['line break between words', 'Welsh\nto follow', ['Welsh\nto follow']],
    ['CRLF between words', 'Welsh\r\nto follow', ['Welsh\r\nto follow']],
    ['several spaces and a no-break space', 'Welsh  to\u00a0follow', ['Welsh  to\u00a0follow']],
    ['a phrase starting with a bracket', 'Testun [Welsh] text', ['[Welsh]']],
    ['twice on a line', 'Welsh to follow; welsh to follow', ['Welsh to follow', 'welsh to follow']],
    ['regex metacharacters are literal', 'see a.b (c) here', ['a.b (c)']],
    ['end of sentence punctuation', 'Welsh to follow.', ['Welsh to follow']],
  ])('matches: %s', async (_, text, expected) => {
    expect(await matches(PLACEHOLDER, text)).toEqual(expected);
  });

  it.each([
    ['a longer word at the end', 'Welsh to followers'],
    ['a longer word at the start', 'NonWelsh to follow'],
    ['a digit after', 'Welsh to follow2'],
    ['an underscore after', 'Welsh to follow_up'],
    ['a Welsh letter after (Unicode-aware)', 'Welsh to followŵ'],
    ['an accented letter before', 'éWelsh to follow'],
    ['another word between', 'Welsh is to follow'],
    ['words joined', 'Welshtofollow'],
    ['regex metacharacters do not act as wildcards', 'see axb (c) here'],
  ])('does not match: %s', async (_, text) => {
    expect(await matches(PLACEHOLDER, text)).toEqual([]);
  });

  it('is case-sensitive when asked', async () => {
    const spec: Spec = { phrases: ['OFFICIAL-SENSITIVE'], 'case-sensitive': true };
    expect(await matches(spec, 'OFFICIAL-SENSITIVE and official-sensitive')).toEqual(['OFFICIAL-SENSITIVE']);
  });

  it('folds case beyond ASCII', async () => {
    expect(await matches({ phrases: ['ŴYL Y GWANWYN'] }, 'Dewch i ŵyl y gwanwyn')).toEqual(['ŵyl y gwanwyn']);
  });

  it('prefers the longest phrase at a position', async () => {
    expect(await matches({ phrases: ['Welsh', 'Welsh translation to follow'] }, 'Welsh translation to follow')).toEqual(['Welsh translation to follow']);
  });

  it('exceptions remove overlapping matches only', async () => {
    const spec: Spec = { phrases: ['confidential'], exceptions: ['kept confidential'] };
    expect(await matches(spec, 'Your data is kept confidential. Confidential report attached.')).toEqual(['Confidential']);
  });

  it('scans prose only: not code, link URLs or comments in Markdown', async () => {
    const text = '`Welsh to follow` <!-- Welsh to follow --> [x](https://e.org/Welsh-to-follow) Welsh to follow';
    expect(await matches(PLACEHOLDER, text, 'draft.md')).toEqual(['Welsh to follow']);
  });

  it('through the engine: a finding with the match in its message at the right place', async () => {
    const pack = await packFrom(packYaml('p', postRule('test/placeholder', '{ kind: phrases, phrases: ["Welsh to follow"] }')));
    const [f] = await lintText('Ffordd ar gau.\nRoad closed - Welsh – to follow!\n', 'draft.md', { packs: [pack] });
    expect(f).toMatchObject({ ruleId: 'test/placeholder', line: 2, column: 15, endLine: 2, endColumn: 32, message: "Test finding 'Welsh – to follow'" });
  });
});
