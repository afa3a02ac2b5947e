// Build step: bundles the CLI (and, as separate lazily loaded chunks, each library it
// imports dynamically) so that start-up reads a handful of files instead of hundreds:
// libphonenumber-js alone drops from ~37 ms to ~7 ms to load. tsc still type-checks and
// emits dist/ per file (used by the build's pack compiler and the benchmark).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * libphonenumber's metadata (150 KB) ships as a JavaScript object literal; V8 parses the same
 * data several times faster as JSON.parse of a string, which is start-up time for every draft
 * with a number in it.
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
// Chunk names carry content hashes: clear out the previous build's.
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/cli/run.ts')],
  outdir: join(root, 'dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  // yaml's ESM build (its 'browser' folder is plain ESM, no DOM use) tree-shakes; the
  // CommonJS build Node would pick is evaluated whole.
  alias: { yaml: join(root, 'node_modules/yaml/browser/index.js') },
  // recheck starts a worker or a native binary from its own files: leave it in node_modules
  // (it is loaded only to screen the patterns of a user's own rule pack).
  external: ['recheck'],
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __smpolicyRequire } from 'node:module'; const require = __smpolicyRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'linked',
  plugins: [jsonMetadata()],
});

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
