import type { ValidateFunction } from 'ajv';
import type { PackSpec } from '../model/index.js';

/**
 * The build (scripts/build-assets.mjs) writes dist/generated/: standalone schema validators,
 * the schemas and the compiled built-in packs. The same relative URL works from src/ (tests,
 * tsx) and from dist/ (the installed bin).
 */
const base = new URL('../../dist/generated/', import.meta.url);

export type SchemaName = 'pack' | 'rule' | 'config' | 'frontMatter' | 'account';

let validatorsModule: Promise<Record<SchemaName, ValidateFunction>> | undefined;
let schemasModule: Promise<Record<SchemaName, unknown>> | undefined;
let packsModule: Promise<PackSpec[]> | undefined;

const load = async <T>(file: string): Promise<T> => {
  try {
    return (await import(new URL(file, base).href)) as T;
  } catch (e) {
    throw new Error(`smpolicy is not built (${file} missing): run 'npm install' or 'npm run build'. ${(e as Error).message}`);
  }
};

export function validator(name: SchemaName): Promise<ValidateFunction> {
  validatorsModule ??= load<Record<SchemaName, ValidateFunction>>('validators.js');
  return validatorsModule.then((m) => m[name]);
}

export function schema(name: SchemaName): Promise<unknown> {
  schemasModule ??= load<Record<SchemaName, unknown>>('schemas.js');
  return schemasModule.then((m) => m[name]);
}

export function builtinPacks(): Promise<PackSpec[]> {
  packsModule ??= load<{ default: PackSpec[] }>('packs.js').then((m) => m.default);
  return packsModule;
}
