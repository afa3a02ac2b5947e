// Build step: bundles the CLI into one CommonJS file, dist/bundle/smpolicy.cjs, which the bin
// runs through V8's code cache (bin/smpolicy.js): with the cache, start-up skips parsing and
// compiling, which was over half of a check's time. Libraries the CLI imports dynamically
// (YAML, Markdown, libphonenumber, twitter-text, exifr...) stay lazily initialised inside it.
// tsc still type-checks and emits dist/ per file (used by the pack compiler and the benchmark).
import { build } from 'esbuild';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * libphonenumber's metadata (150 KB) ships as a JavaScript object literal; V8 parses the same
 * data several times faster as JSON.parse of a string.
 */
function jsonMetadata() {
  return {
    name: 'json-metadata',
    setup(b) {
      b.onLoad({ filter: /libphonenumber-js[\\/]metadata\.\w+\.json\.js$/ }, (args) => ({
        contents: `export default JSON.parse(${JSON.stringify(readFileSync(args.path.replace(/\.js$/, ''), 'utf8'))});`,
        loader: 'js',
      }));
    },
  };
}

/**
 * libphonenumber-js builds a new RegExp from metadata text on every call of its hot helpers
 * (matchesEntirely, the prefix patterns, and PhoneNumberMatcher's large search pattern for
 * every findNumbers call): compiling them again for every candidate number was most of the
 * phone rule's time. In the bundle each RegExp it constructs is kept by its source and flags
 * and handed out again, a global one with lastIndex reset to 0, so it behaves as a fresh one:
 * the library is only ever used synchronously, one search at a time. matchesEntirely is
 * keyed by its own argument (the metadata string, whose hash V8 keeps), not by a new string.
 */
function cachedPhoneRegExps() {
  const helper = `const __smpolicyRegExps = new Map();
function __smpolicyRegExp(source, flags) {
  let bySource = __smpolicyRegExps.get(flags || '');
  if (!bySource) __smpolicyRegExps.set(flags || '', (bySource = new Map()));
  let re = bySource.get(source);
  if (!re) bySource.set(source, (re = new RegExp(source, flags)));
  re.lastIndex = 0;
  return re;
}
`;
  const matchesEntirely = `const __smpolicyEntire = new Map();
export default function matchesEntirely(text, regularExpressionText) {
  text = text || '';
  let re = __smpolicyEntire.get(regularExpressionText);
  if (!re) __smpolicyEntire.set(regularExpressionText, (re = new RegExp('^(?:' + regularExpressionText + ')$')));
  return re.test(text);
}
`;
  return {
    name: 'cached-phone-regexps',
    setup(b) {
      b.onLoad({ filter: /libphonenumber-js[\\/]es6[\\/].*\.js$/ }, (args) => {
        if (/[\\/]helpers[\\/]matchesEntirely\.js$/.test(args.path)) return { contents: matchesEntirely, loader: 'js' };
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('new RegExp(')) return undefined;
        return { contents: helper + source.replace(/new RegExp\(/g, '__smpolicyRegExp('), loader: 'js' };
      });
    },
  };
}

/**
 * src/support/generated.ts finds the build's generated modules by URL at run time (so tests
 * run from src/); in the bundle they are imported directly, so nothing is loaded by URL.
 */
function bundledGenerated() {
  const generated = join(root, 'dist', 'generated');
  return {
    name: 'bundled-generated',
    setup(b) {
      b.onLoad({ filter: /src[\\/]support[\\/]generated\.ts$/ }, () => ({
        contents: `
          import * as validators from ${JSON.stringify(join(generated, 'validators.js'))};
          import * as schemas from ${JSON.stringify(join(generated, 'schemas.js'))};
          import packs from ${JSON.stringify(join(generated, 'packs.js'))};
          export const validator = async (name) => validators[name];
          export const schema = async (name) => schemas[name];
          export const builtinPacks = async () => packs;`,
        loader: 'js',
      }));
    },
  };
}

// The standalone schema validators call require() for two small ajv helpers: inline them.
await build({
  entryPoints: [join(root, 'dist/generated/validators.source.js')],
  outfile: join(root, 'dist/generated/validators.js'),
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

/**
 * Packages few runs need, each bundled on its own into dist/lib/NAME.cjs so the installed CLI
 * needs no node_modules (every runtime package is a devDependency, pinned in the lock file):
 * recheck (screens a user pack's lookaround patterns), re2js (runs a user pack's patterns), ajv (a user pack's builtin parameters),
 * the Vocalink modulus table, exifr (GPS in photos) and piscina (worker threads for many files;
 * it starts each worker from its own worker.js, bundled beside it as dist/lib/worker.js).
 */
const SIDE_BUNDLES = ['recheck', 're2js', 'ajv', 'uk-modulus-check', 'exifr', 'piscina'];

rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
rmSync(join(root, 'dist/lib'), { recursive: true, force: true });
const inputs = new Set();
const note = (result) => Object.keys(result.metafile.inputs).forEach((i) => inputs.add(i));
for (const name of SIDE_BUNDLES) {
  const result = await build({
    metafile: true,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, loader: 'js' },
    outfile: join(root, `dist/lib/${name}.cjs`),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
    // recheck's optional Java and native backends are never used (RECHECK_BACKEND=pure).
    external: ['./synckit-worker', 'recheck-jar', 'recheck-linux-x64', 'recheck-macos-x64', 'recheck-macos-arm64', 'recheck-windows-x64'],
  });
  note(result);
}

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression
 * literals, String.raw templates (here, all regular expression sources) and comments. Written
 * as \uXXXX escapes there (the same character to a regular expression, with or without the u
 * flag), the bundle is ASCII: Node reads it as a one-byte string, about 20 ms sooner on every
 * run than decoding 4 MB of UTF-8 into a two-byte one (bin/smpolicy.js reads it as latin1).
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  // After a backslash the escape would read as a literal "u": none today, and refused if one comes.
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a non-ASCII character after a backslash; cannot escape it safely`);
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

// The CLI, which also exports the worker threads' task (src/workspace/worker.ts): one bundle
// serves both, so the engine is installed once (DESIGN §7 asks under 20 MB installed).
for (const [entry, out] of [['src/cli/run.ts', 'smpolicy.cjs']]) {
  note(await build({
  metafile: true,
  entryPoints: [join(root, entry)],
  outfile: join(root, 'dist/bundle', out),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  // yaml's ESM build (its 'browser' folder is plain ESM, no DOM use) tree-shakes; the
  // CommonJS build Node would pick is evaluated whole.
  alias: { yaml: join(root, 'node_modules/yaml/browser/index.js') },
  // Side bundles, required when first needed (src/support/require-package.ts), as few runs
  // need them. franc-all is only for the language identifier's fallback, which the CLI never
  // loads (scripts and tests use it).
  external: [...SIDE_BUNDLES, 'franc-all'],
  // import.meta.url, for files found relative to the code (dist/welsh-words.txt).
  define: { 'import.meta.url': '__smpolicyUrl', __SMPOLICY_SIDE_BUNDLES__: 'true' },
  banner: { js: "const __smpolicyUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'linked',
  plugins: [jsonMetadata(), cachedPhoneRegExps(), bundledGenerated()],
}));
  asciiOnly(join(root, 'dist/bundle', out));
}
// The worker threads' entry: loads smpolicy.cjs through its code cache (scripts/warm-cache.mjs).
copyFileSync(join(root, 'scripts/worker-entry.cjs'), join(root, 'dist/bundle/worker-entry.cjs'));
// piscina starts a worker from its own worker.js, found beside it: CommonJS, as the folder says.
writeFileSync(join(root, 'dist/lib/package.json'), '{ "type": "commonjs" }\n');
note(await build({ entryPoints: [join(root, 'node_modules/piscina/dist/worker.js')], outfile: join(root, 'dist/lib/worker.js'), bundle: true, external: ['@napi-rs/nice'], format: 'cjs', platform: 'node', target: 'node20', minify: true, legalComments: 'eof', logLevel: 'warning', metafile: true }));

/**
 * The licence of every package inside the bundles, as their licences require when the code is
 * redistributed: dist/bundle/THIRD-PARTY-LICENSES.txt, made from the inputs esbuild reports.
 */
const packages = new Map();
for (const input of inputs) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!m || packages.has(m[1])) continue;
  const dir = join(root, input.slice(0, m.index + m[0].length));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  packages.set(m[1], { version: pkg.version, license: pkg.license ?? pkg.licenses?.map((l) => l.type).join(' OR ') ?? 'see its licence file', text: file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file in the package; its package.json says ' + pkg.license + ')' });
}
// dist/welsh-words.txt is derived from dictionary-cy by scripts/build-welsh-words.mjs.
const dictionary = join(root, 'node_modules/dictionary-cy');
if (existsSync(dictionary)) {
  const pkg = JSON.parse(readFileSync(join(dictionary, 'package.json'), 'utf8'));
  const file = readdirSync(dictionary).find((f) => /^licen[cs]e/i.test(f));
  packages.set('dictionary-cy', { version: pkg.version, license: `${pkg.license}; dist/welsh-words.txt is derived from it`, text: file ? readFileSync(join(dictionary, file), 'utf8').trim() : pkg.license });
}
const notices = [...packages.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, p]) => `${name}@${p.version} (${p.license})\n\n${p.text}`)
  .join(`\n\n${'-'.repeat(72)}\n\n`);
writeFileSync(join(root, 'dist/bundle/THIRD-PARTY-LICENSES.txt'), `Packages bundled into smpolicy's dist/bundle and dist/lib, with their licences.\n\n${notices}\n`);
