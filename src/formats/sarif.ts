/**
 * `--format sarif`: SARIF 2.1.0 (OASIS), one run, for GitHub code scanning and SARIF viewers.
 * One reportingDescriptor per rule id that appears, sorted by id; each result points at it
 * by `ruleIndex`. Paths inside the working directory are relative URIs against %SRCROOT%.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, RuleInfo, Severity } from '../model/index.js';
import { translate } from '../i18n/index.js';
import { isInside } from './paths.js';
import type { FormatInput } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/smpolicy';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

export default function formatSarif(input: FormatInput): string {
  const firstFinding = new Map<string, Finding>();
  for (const result of input.results) {
    for (const finding of result.findings) {
      if (!firstFinding.has(finding.ruleId)) firstFinding.set(finding.ruleId, finding);
    }
  }
  // Code-unit order, not localeCompare: the output must not depend on the machine's locale.
  const ruleIds = [...firstFinding.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));

  const results = input.results.flatMap((result) => {
    const artifactLocation = toArtifactLocation(result.file, input.cwd);
    // A post of an export has offsets into the post, not the file: no fixes for it.
    return result.findings.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId)!, artifactLocation, !result.post, input.lang));
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'smpolicy',
            version: input.version,
            semanticVersion: input.version,
            informationUri: INFORMATION_URI,
            rules: ruleIds.map((id) => {
              const rule = input.rules.get(id);
              return rule ? describeRule(rule) : describeUnknownRule(firstFinding.get(id)!);
            }),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(input.cwd) } },
        // Engine columns count UTF-16 code units, as JavaScript string offsets do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Labels of the help text, in the language of the rule's text (ids and keys never change). */
const HELP_LABELS = {
  en: { policy: 'Policy', why: 'Why it matters', more: 'More' },
  cy: { policy: 'Polisi', why: 'Pam mae hyn yn bwysig', more: 'Rhagor' },
} as const;

export function describeRule(rule: RuleInfo): Record<string, unknown> {
  const label = HELP_LABELS[rule.lang ?? 'en'];
  const help = [rule.remediation.trim(), `${label.policy}: ${citation(rule.policy.ref, rule.policy.title)}${rule.packTitle ? ` (${rule.packTitle})` : ''}`];
  if (rule.why?.trim()) help.push(`${label.why}: ${rule.why.trim()}`);
  if (rule.url && !isAbsoluteUri(rule.url)) help.push(`${label.more}: ${rule.url}`);
  const descriptor: Record<string, unknown> = {
    id: rule.id,
    name: pascalName(rule.id),
    shortDescription: { text: rule.policy.title || rule.id },
    fullDescription: { text: rule.message || rule.policy.title || rule.id },
    help: { text: help.filter((s) => s !== '').join('\n\n') },
  };
  if (rule.url && isAbsoluteUri(rule.url)) descriptor.helpUri = rule.url;
  descriptor.defaultConfiguration = { level: LEVEL[rule.severity] };
  descriptor.properties = {
    category: rule.category,
    policy: { pack: rule.pack, ref: rule.policy.ref, title: rule.policy.title },
    tags: [rule.category],
  };
  return descriptor;
}

/** Engine-made rules (e.g. smpolicy/unused-suppression) may have no pack metadata. */
export function describeUnknownRule(finding: Finding): Record<string, unknown> {
  const { pack, ref, title } = finding.policy;
  const descriptor: Record<string, unknown> = {
    id: finding.ruleId,
    name: pascalName(finding.ruleId),
    shortDescription: { text: title || finding.ruleId },
    help: { text: [`Policy: ${citation(ref, title) || finding.ruleId}`, ...(finding.url && !isAbsoluteUri(finding.url) ? [`More: ${finding.url}`] : [])].join('\n\n') },
  };
  if (finding.url && isAbsoluteUri(finding.url)) descriptor.helpUri = finding.url;
  descriptor.defaultConfiguration = { level: LEVEL[finding.severity] };
  descriptor.properties = { category: finding.category, policy: { pack, ref, title }, tags: [finding.category] };
  return descriptor;
}

export function toResult(finding: Finding, ruleIndex: number, artifactLocation: ArtifactLocation, withFixes = false, lang: 'en' | 'cy' = 'en'): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = { artifactLocation };
  const region = toRegion(finding);
  if (region) physicalLocation.region = region;
  // Named fields only (never a spread): nothing unmasked can slip in from upstream.
  const properties: Record<string, unknown> = { category: finding.category, excerpt: finding.excerpt };
  if (finding.actual !== undefined) properties.actual = finding.actual;
  if (finding.suggestions !== undefined) properties.suggestions = [...finding.suggestions];
  if (finding.note !== undefined) properties.note = finding.note;
  if (finding.url !== undefined) properties.url = finding.url;
  const fixes = withFixes ? toFixes(finding, artifactLocation, lang) : [];
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation }],
    ...(fixes.length ? { fixes } : {}),
    properties,
  };
}

/**
 * SARIF fixes (§3.55): the finding's safe fix, and its opt-in personal-data fix, each one
 * replacement of a character range of the file (offsets in UTF-16 code units, as columnKind says).
 */
function toFixes(finding: Finding, artifactLocation: ArtifactLocation, lang: 'en' | 'cy'): Array<Record<string, unknown>> {
  const change = (fix: { range: [number, number]; text: string }, description: string) => ({
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation,
        replacements: [{ deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] }, ...(fix.text ? { insertedContent: { text: fix.text } } : {}) }],
      },
    ],
  });
  const out: Array<Record<string, unknown>> = [];
  if (finding.fix) out.push(change(finding.fix, translate(lang, 'sarif.safeFix')));
  if (finding.suggestedFix) out.push(change(finding.suggestedFix, translate(lang, 'sarif.personalDataFix')));
  return out;
}

/** SARIF lines and columns are 1-based; an impossible value is left out rather than sent. */
function toRegion(f: Finding): Record<string, number> | undefined {
  if (!isPositive(f.line)) return undefined;
  const region: Record<string, number> = { startLine: f.line };
  if (isPositive(f.column)) region.startColumn = f.column;
  if (isPositive(f.endLine) && f.endLine >= f.line) {
    region.endLine = f.endLine;
    const startColumn = region.startColumn ?? 1;
    if (isPositive(f.endColumn) && (f.endLine > f.line || f.endColumn >= startColumn)) region.endColumn = f.endColumn;
  }
  return region;
}

function isPositive(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** A file inside cwd becomes a relative, percent-encoded URI; anything else a file: URI. */
export function toArtifactLocation(file: string, cwd: string): ArtifactLocation {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (!isInside(relative)) return { uri: pathToFileURL(absolute).href };
  const segments = relative.split(path.sep === '\\' ? /[\\/]/ : '/');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * SARIF's helpUri is an absolute URI (§3.49.12; the schema's "format": "uri"). A pack's `url:`
 * is free text, so a relative one ("docs/rules.md") goes into the help text instead.
 */
export function isAbsoluteUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(value) && URL.canParse(value);
}

function citation(ref: string, title: string): string {
  return [ref, title].filter((s) => s.trim() !== '').join(': ');
}

/** "dp/phone-number" → "DpPhoneNumber": SARIF's readable rule name. */
export function pascalName(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}
