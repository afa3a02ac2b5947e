export type Yaml = typeof import('./yaml-library.js');

let mod: Promise<Yaml> | undefined;

/** The YAML library, loaded on first use (a draft without front matter never needs it). */
export function loadYaml(): Promise<Yaml> {
  mod ??= import('./yaml-library.js');
  return mod;
}
