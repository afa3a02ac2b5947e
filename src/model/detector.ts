import type { RunContext } from './context.js';
import type { LintDocument } from './document.js';
import type { Match } from './finding.js';

/** A builtin detector: one file beside its pack's other detectors (src/packs/<pack>/<name>.ts). */
export interface BuiltinDetector<P = Record<string, unknown>> {
  appliesTo: 'post' | 'account';
  /**
   * 'published': the detector reads what a reader of the post sees, normalised (the engine
   * passes a document whose `prose` is that text, and maps the matches back to the draft):
   * code, link addresses, alt text, with look-alike digits and hidden characters undone.
   */
  reads?: 'prose' | 'published';
  /** JSON Schema of `detect.params` in a pack. */
  paramsSchema: Record<string, unknown>;
  detect(doc: LintDocument, params: P, ctx: RunContext): Match[] | Promise<Match[]>;
  /**
   * Work done once per rule, before its first document (building its word lists): a list
   * first built in the middle of a long document would make the words already read be read
   * again for it.
   */
  prepare?(params: P): void;
}

/** Builtin detectors by the name packs use in `detect: { kind: builtin, name }`, each loaded on first use. */
export type DetectorRegistry = Readonly<Record<string, () => Promise<BuiltinDetector<any>>>>;
