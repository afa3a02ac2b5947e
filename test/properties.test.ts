import { BUILTINS } from '../src/packs/registry.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../src/support/generated.js';
import { lintDocument } from '../src/engine/lint.js';
import { buildRuleSet, type RuleSet } from '../src/engine/rule-set.js';
import type { Finding } from '../src/model/index.js';
import { parseDraft } from '../src/inputs/draft.js';
import { UserError } from '../src/model/index.js';
import { findFrontMatter } from '../src/inputs/front-matter.js';
import { LineIndex } from '../src/model/index.js';
import { context } from './support/engine.js';

/**
 * Whatever a draft holds, parsing and linting it with the built-in rules never crashes, and
 * every finding points inside the text, ends at or after its start, and comes in order.
 */

const PIECES = [
  '\n',
  '\r\n',
  '\r',
  '---\n',
  '---\r\n',
  '...\n',
  'channel: twitter\n',
  'channel: facebook\r\n',
  'chanel: x\n',
  'smpolicy:\n  disable: [welsh/placeholder]\n',
  'smpolicy: { disable: [dp/phone-number], reason: r }\n',
  'title: "a: b"\n',
  '- item\n',
  '  ',
  '    ',
  '\t',
  '`',
  '```\n',
  '~~~\n',
  '[',
  ']',
  '](https://example.org/?tel=07700900123)',
  '(',
  ')',
  '<',
  '>',
  '<!--',
  '-->',
  '<!-- smpolicy-disable-next-line dp/phone-number -->',
  '<!-- smpolicy-disable-next-line dp/phone-numbr, welsh/placeholder -- why -->',
  '<!-- smpolicy-disable welsh/placeholder -- reason -->',
  '<!-- smpolicy-enable -->',
  '<!-- smpolicy-enable dp/phone-number -->',
  '![alt](x.png)',
  '| a | b |\n|---|---|\n| c | d |\n',
  '# ',
  '> ',
  '**',
  '_',
  '\\',
  '&amp;',
  '07700 900123',
  '07700900123',
  '+44 7700 900123',
  '01437 764551',
  '(029) 2018 0123',
  'jane.evans@example.net',
  'mailto:jo@example.org',
  'info@example.gov.uk',
  'Welsh to follow',
  'Welsh\r\nto follow',
  'OFFICIAL-SENSITIVE',
  "nid i'w gyhoeddi",
  'https://x.example/a?b=c',
  'www.example.org/p',
  '😀',
  '🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  'ŵ',
  'w\u0302',
  '\u2028',
  '\ufeff',
  '\u00a0',
  '\u0000',
  '\ud800',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) },
);

const body = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** Sometimes a real front matter block, sometimes a broken one, sometimes none. */
const draftText = fc.oneof(
  body,
  fc.tuple(fc.constantFrom('---\n', '---\r\n'), fc.array(piece, { maxLength: 8 }), fc.constantFrom('---\n', '---\r\n', '...\n', ''), body).map(([open, fm, close, rest]) => `${open}${fm.join('')}\n${close}${rest}`),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

let ruleSet: RuleSet | undefined;
async function rules(): Promise<RuleSet> {
  ruleSet ??= buildRuleSet({ packs: await builtinPacks(), registry: BUILTINS }).ruleSet;
  return ruleSet;
}

function checkFindings(text: string, findings: Finding[]): void {
  const lines = new LineIndex(text);
  // Lines end at LF, CRLF and a lone CR, as LineIndex counts them.
  const lineCount = text.split(/\r\n|\n|\r/).length;
  for (const f of findings) {
    const at = `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    for (const n of [f.line, f.column, f.endLine, f.endColumn]) expect(Number.isInteger(n), at).toBe(true);
    expect(f.line, at).toBeGreaterThanOrEqual(1);
    expect(f.line, at).toBeLessThanOrEqual(lineCount);
    expect(f.column, at).toBeGreaterThanOrEqual(1);
    expect(lines.lineStart(f.line) + f.column - 1, at).toBeLessThanOrEqual(text.length);
    expect(f.endLine, at).toBeLessThanOrEqual(lineCount);
    expect(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column), at).toBe(true);
    expect(['error', 'warning', 'info']).toContain(f.severity);
  }
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1];
    const b = findings[i];
    expect(a.line < b.line || (a.line === b.line && a.column <= b.column), `unsorted: ${a.line}:${a.column} then ${b.line}:${b.column}`).toBe(true);
  }
}

describe('properties of parseDraft + lintDocument over arbitrary text', () => {
  it('never throw (front matter problems are UserErrors), and every finding is in range and in order', async () => {
    await fc.assert(
      fc.asyncProperty(draftText, fc.constantFrom('draft.md', 'draft.txt'), fc.boolean(), async (text, file, redact) => {
        const block = findFrontMatter(text);
        fc.pre(!block || !text.slice(block.yamlStart, block.yamlEnd).includes('*'));

        let parsed;
        try {
          parsed = await parseDraft(text, file);
        } catch (e) {
          if (e instanceof UserError) return;
          throw e;
        }
        if (!parsed.doc) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const e of parsed.errors) expect(e).toBeInstanceOf(UserError);
          return;
        }
        const doc = parsed.doc;
        expect(doc.prose.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) if (text[i] === '\n') expect(doc.prose[i]).toBe('\n');
        for (const l of doc.links) {
          expect(l.start).toBeGreaterThanOrEqual(0);
          expect(l.end).toBeLessThanOrEqual(text.length);
          expect(l.end).toBeGreaterThanOrEqual(l.start);
        }
        const findings = await lintDocument(doc, await rules(), context(), { redact });
        checkFindings(text, findings);
      }),
      { numRuns: 200 },
    );
  });

  it('LineIndex.position is the inverse of lineStart + column', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ŵ', '😀', '\n', '\r', ' '), maxLength: 60 }), fc.nat(), (text, n) => {
        const lines = new LineIndex(text);
        const offset = text.length ? n % (text.length + 1) : 0;
        const { line, column } = lines.position(offset);
        expect(lines.lineStart(line) + column - 1).toBe(offset);
        // Lines end at LF, CRLF and a lone CR.
        let breaks = 0;
        for (let i = 0; i < offset; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) breaks++;
        expect(line).toBe(breaks + 1);
      }),
      { numRuns: 200 },
    );
  });
});
