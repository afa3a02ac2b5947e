import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { findPhrases, prepareLists, stringList } from '../code-of-conduct/lib/text.js';

interface Params {
  /** Run secretlint's recommended rule set (@secretlint/secretlint-rule-preset-recommend). */
  secretlint?: boolean;
  /** More token patterns (ported from gitleaks' rules), each `name => regular expression`. */
  patterns?: string[];
  /** Words that name a password ("password", "cyfrinair", "Wi-Fi password"): the value after them is the secret. */
  'password-words'?: string[];
  /** Words that name a numeric code ("PIN", "door code", "cod y drws"): four to eight digits after them. */
  'pin-words'?: string[];
  /** Words after a password word that are not a password ("needed", "reset"): never the secret. */
  'not-passwords'?: string[];
}

interface Found { start: number; end: number; what: [string, string] }

/** Names of secretlint's rules, for the message. */
const SECRETLINT_NAMES: Record<string, [string, string]> = {
  aws: ['AWS key', 'allwedd AWS'],
  gcp: ['Google Cloud key', 'allwedd Google Cloud'],
  privatekey: ['private key', 'allwedd breifat'],
  npm: ['npm token', 'tocyn npm'],
  basicauth: ['password in a link', 'cyfrinair mewn dolen'],
  slack: ['Slack token', 'tocyn Slack'],
  sendgrid: ['SendGrid API key', 'allwedd API SendGrid'],
  shopify: ['Shopify token', 'tocyn Shopify'],
  github: ['GitHub token', 'tocyn GitHub'],
  openai: ['OpenAI API key', 'allwedd API OpenAI'],
  anthropic: ['Anthropic API key', 'allwedd API Anthropic'],
  linear: ['Linear API key', 'allwedd API Linear'],
  '1password': ['1Password secret', 'cyfrinach 1Password'],
  'database-connection-string': ['database connection string', 'llinyn cysylltu â chronfa ddata'],
};

/**
 * Whether text[from..] could hold a token: a run of 20 or more token characters with a letter
 * and a digit (every key secretlint and the patterns know is that long; a driving licence
 * number is 16), a key block, or "://user:password@" (in a link or a connection string). A
 * loop, not a regular expression: this runs on every post.
 */
const USER_PASSWORD = /^[^\s/@:]+:[^\s/@]+@/;
function mayHoldToken(text: string, from: number): boolean {
  let run = 0;
  let letter = false;
  let digit = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (isDigit || isLetter || c === 95 || c === 45 || c === 43 || c === 47 || c === 61) {
      run++;
      letter ||= isLetter;
      digit ||= isDigit;
      if (run >= 20 && letter && digit) return true;
    } else {
      if (c === 58 && text.startsWith('//', i + 1) && USER_PASSWORD.test(text.slice(i + 3, i + 200))) return true;
      run = 0;
      letter = digit = false;
    }
  }
  return text.includes('-----BEGIN', from);
}

/** A password value: no spaces; digits, symbols or a capital inside, so "password needed" is not one. */
const VALUE = /^\s*(?:[:=]|is\b|yw\b|ydy\b)?\s*["'“‘]?([\p{L}\p{N}][^\s"'”’]{3,63})/iu;
const LATER_VALUE = /(?:[:=]|\s(?:is|yw|ydy))\s+["'“‘]?([\p{L}\p{N}][^\s"'”’]{3,63})/iu;

type Secretlint = { core: typeof import('@secretlint/core'); preset: typeof import('@secretlint/secretlint-rule-preset-recommend') };
let secretlint: Promise<Secretlint> | undefined;

/**
 * `infosec/credential`: passwords, access tokens and API keys in a post. Tokens are found by
 * secretlint's recommended rule set (GitHub, Slack, AWS, Google Cloud, npm, OpenAI and other
 * keys, private keys, passwords in links and connection strings), run only on posts with a
 * token-like string, and by further patterns ported from gitleaks. A password or PIN written
 * out ("password: Castell#Hall2026", "cyfrinair: Darllen!2026", "PIN 1234 for the door") is
 * found by its label; a help article ("Forgotten your password? Reset it at ...") is not. The
 * secret is masked in every report.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { secretlint: { type: 'boolean' }, patterns: stringList, 'password-words': stringList, 'pin-words': stringList, 'not-passwords': stringList },
  },
  // Synchronous unless a token-like string needs secretlint: an await per post adds up.
  prepare(params) {
    prepareLists([params['password-words'], params['pin-words']]);
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const found: Found[] = [];
    // Tokens are looked for in what is published: the body, code and link addresses included.
    const text = post.text;
    if (!mayHoldToken(text, post.bodyStart)) return labelled(post, params, found);
    // Front matter and HTML comments are not published: blanked, so offsets still hold.
    const body = text.slice(0, post.bodyStart).replace(/[^\n]/g, ' ') + text.slice(post.bodyStart).replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
    for (const { name, re } of compiled(params)) {
      re.lastIndex = 0;
      for (let m = re.exec(body); m; m = re.exec(body)) found.push({ start: m.index, end: m.index + m[0].length, what: [name, name] });
    }
    if (params.secretlint === false) return labelled(post, params, found);
    return runSecretlint(body).then((more) => labelled(post, params, [...found, ...more]));
  },
};

/** Passwords and PINs written out after their label, added to the tokens found; overlaps resolved; masked. */
function labelled(post: PostDocument, params: Params, found: Found[]): Match[] {
  const notPasswords = new Set((params['not-passwords'] ?? []).map((w) => w.toLowerCase()));
  for (const w of findPhrases(post, params['password-words'])) {
    // The value right after the label ("password: X"), or after a colon or "is" later in
    // the same clause ("the Wi-Fi password for today's event is X", "Cyfrinair y Wi-Fi i
    // staff: X"); a question or a full stop ends the search ("Forgotten your password?").
    const rest = post.prose.slice(w.end, w.end + 100);
    const stop = rest.search(/[.?!](?=\s|$)|\n/);
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    const v = VALUE.exec(clause) ?? LATER_VALUE.exec(clause);
    if (!v) continue;
    const value = v[1].replace(/[.,;:!?)]+$/, '');
    if (value.length < 4 || notPasswords.has(value.toLowerCase()) || !secretLike(value) || /^(.)\1*$/.test(value)) continue;
    const start = w.end + v.index + v[0].length - v[1].length;
    found.push({ start, end: start + value.length, what: ['password', 'cyfrinair'] });
  }
  for (const w of findPhrases(post, params['pin-words'])) {
    const rest = post.prose.slice(w.end, w.end + 60);
    const stop = rest.search(/[.?!](?=\s|$)|\n/);
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    const v = /^\s*(?:[:=]|is\b|yw\b|ydy\b)?\s*(\d{4,8})(?!\d)/i.exec(clause) ?? /(?:[:=]|\s(?:is|yw|ydy))\s+(\d{4,8})(?!\d)/i.exec(clause);
    if (!v) continue;
    const start = w.end + v.index + v[0].length - v[1].length;
    found.push({ start, end: start + v[1].length, what: ['PIN or door code', 'PIN neu god drws'] });
  }
  const kept: Found[] = [];
  for (const f of found.sort((a, b) => a.start - b.start || b.end - a.end)) if (!kept.some((k) => f.start < k.end && f.end > k.start)) kept.push(f);
  return kept.map((f): Match => ({ start: f.start, end: f.end, sensitive: true, data: { what: f.what[0], 'what-cy': f.what[1] } }));
}

/** A value that looks chosen as a secret: a digit, a symbol or a capital after the first letter. */
const secretLike = (v: string) => /\d/.test(v) || /[^\p{L}\p{N}]/u.test(v) || /.\p{Lu}/u.test(v);

const patternCache = new WeakMap<string[], Array<{ name: string; re: RegExp }>>();
function compiled(params: Params) {
  const list = params.patterns ?? [];
  let c = patternCache.get(list);
  if (!c) {
    c = list.map((line) => {
      const at = line.indexOf('=>');
      return { name: line.slice(0, at).trim(), re: new RegExp(line.slice(at + 2).trim(), 'g') };
    });
    patternCache.set(list, c);
  }
  return c;
}

async function runSecretlint(content: string): Promise<Found[]> {
  const { core, preset } = await (secretlint ??= Promise.all([import('@secretlint/core'), import('@secretlint/secretlint-rule-preset-recommend')]).then(([core, preset]) => ({ core, preset })));
  const result = await core.lintSource({
    source: { filePath: 'post.txt', content, contentType: 'text' },
    options: {
      noPhysicFilePath: true,
      config: {
        rules: [
          {
            id: '@secretlint/secretlint-rule-preset-recommend',
            rule: preset.creator,
            // An access key id alone is still a credential to revoke.
            rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }],
          },
        ],
      },
    },
  });
  return result.messages.map((m) => {
    const name = SECRETLINT_NAMES[m.ruleId.replace('@secretlint/secretlint-rule-', '')] ?? ['secret', 'cyfrinach'];
    return { start: m.range[0], end: m.range[1], what: name };
  });
}
