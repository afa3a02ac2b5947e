import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A CommonJS package, loaded when first needed and kept out of the CLI bundle (see
 * scripts/bundle.mjs): ajv for a user's pack parameters, the Vocalink table, exifr. Each is large and most runs never need it, so it is not parsed at start-up.
 */
export function requirePackage<T>(name: string): T {
  return load(name) as T;
}
