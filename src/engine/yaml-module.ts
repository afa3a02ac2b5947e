export type Yaml = typeof import('yaml');

let mod: Promise<Yaml> | undefined;

/**
 * The YAML library, loaded on first use (a draft without front matter never needs it).
 * Bundled, it arrives as a CommonJS namespace, so its exports may sit under `default`.
 */
export function loadYaml(): Promise<Yaml> {
  mod ??= import('yaml').then((m) => ('parseDocument' in m && typeof m.parseDocument === 'function' ? m : (m as unknown as { default: Yaml }).default));
  return mod;
}
