// Build step: bundles the CLI into one CommonJS file, dist/bundle/smpolicy.cjs, which the bin
// runs through V8's code cache (bin/smpolicy.js): with the cache, start-up skips parsing and
// compiling, which was over half of a check's time. Libraries the CLI imports dynamically
// (YAML, Markdown, libphonenumber, twitter-text, exifr...) stay lazily initialised inside it.
// tsc still type-checks and emits dist/ per file (used by the pack compiler and the benchmark).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
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

rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/cli/run.ts')],
  outfile: join(root, 'dist/bundle/smpolicy.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  // yaml's ESM build (its 'browser' folder is plain ESM, no DOM use) tree-shakes; the
  // CommonJS build Node would pick is evaluated whole.
  alias: { yaml: join(root, 'node_modules/yaml/browser/index.js') },
  // Left in node_modules and required when first needed (src/engine/require-package.ts), as
  // few runs need them: recheck (screens a user's own pack patterns; it starts a worker from
  // its own files), ajv (a user's pack parameters), the Vocalink table and exifr.
  // franc-all is only for the language identifier's fallback, which the CLI never loads.
  external: ['recheck', 'franc-all', 'ajv', 'uk-modulus-check', 'exifr'],
  // import.meta.url, for files found relative to the code (dist/welsh-words.txt).
  define: { 'import.meta.url': '__smpolicyUrl' },
  banner: { js: "const __smpolicyUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'linked',
  plugins: [jsonMetadata(), bundledGenerated()],
});
