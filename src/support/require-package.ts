import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** Set by the bundle (scripts/bundle.mjs): the packages below are then side bundles in dist/lib/. */
declare const __SMPOLICY_SIDE_BUNDLES__: boolean | undefined;

/**
 * A CommonJS package few runs need, loaded when first needed: ajv for a user's pack
 * parameters, the Vocalink table, exifr, a user pattern's regular expression engine. Each is
 * large, so none is parsed at start-up: the installed CLI carries each as its own file
 * (dist/lib/NAME.cjs, built from the pinned package), and needs no node_modules at all.
 */
export function requirePackage<T>(name: string): T {
  if (typeof __SMPOLICY_SIDE_BUNDLES__ !== 'undefined' && __SMPOLICY_SIDE_BUNDLES__) return load(`../lib/${name}.cjs`) as T;
  return load(name) as T;
}
