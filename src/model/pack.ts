import type { Severity } from './finding.js';

/** Which engine runs a pack's regular expression: set by the loader, never written in a pack (regex-safety.ts). */
export type PatternEngine = 're2' | 'js';

export type DetectSpec =
  | { kind: 'pattern'; pattern: string; 'ignore-case'?: boolean; group?: number; engine?: PatternEngine }
  | { kind: 'phrases'; phrases: string[]; 'case-sensitive'?: boolean; exceptions?: string[] }
  | {
      kind: 'field';
      pointer: string;
      equals?: unknown;
      required?: true;
      matches?: string;
      'ignore-case'?: boolean;
      'in-list'?: string[] | 'organisation.approved-apps' | 'organisation.domains';
      'older-than'?: string;
      'min-items'?: number;
      if?: { pointer: string; equals?: unknown; in?: unknown[]; contains?: unknown };
      engine?: PatternEngine;
    }
  | { kind: 'builtin'; name: string; params?: Record<string, unknown> };

export interface RuleSpec {
  id: string;
  category: string;
  severity: Severity;
  'applies-to'?: 'post' | 'account';
  policy: { ref: string; title: string };
  message: string;
  remediation: string;
  why?: string;
  url?: string;
  /** The rule's human text in Welsh (DESIGN §5): shown when the interface is Welsh. */
  cy?: { message?: string; remediation?: string; why?: string; policy?: { ref?: string; title?: string } };
  sensitive?: boolean;
  'superseded-by'?: string[];
  /** Also read an account's published texts (bio, auto-reply...); default: every rule but the Welsh-language ones. */
  profile?: boolean;
  /**
   * The fix `--fix` applies (DESIGN §5): `remove` the match, `remove-line` (its whole line),
   * `suggestion` (the match's first suggestion), or `{ replace: TEXT }` ({match} and the
   * message's placeholders filled). A detector's own fix on a match wins.
   */
  fix?: RuleFix;
  examples: { bad: unknown[]; good: unknown[]; config?: { welsh?: Record<string, unknown>; organisation?: Record<string, unknown>; elections?: unknown[] } };
  when?: { channel?: string[]; election?: 'inside' | 'outside'; 'account-type'?: string[] };
  detect: DetectSpec;
  /** The file the rule was read from (display path), set by the loader. */
  file?: string;
}

export type RuleFix = 'remove' | 'remove-line' | 'suggestion' | { replace: string };

/** Keys of a rule that `defaults:` in pack.yaml may give every rule of the pack. */
export const DEFAULTABLE = ['category', 'severity', 'applies-to', 'policy', 'url', 'when'] as const;

export interface PackSpec {
  pack: string;
  title: string;
  source?: string;
  description?: string;
  optional?: boolean;
  cy?: { title?: string; source?: string; description?: string };
  defaults?: Partial<Pick<RuleSpec, (typeof DEFAULTABLE)[number]>>;
  /** Where the pack was loaded from (display path of pack.yaml, the pack file or the folder). */
  file: string;
  rules: RuleSpec[];
}
