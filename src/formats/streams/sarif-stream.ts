/**
 * `audit --report sarif`: SARIF 2.1.0 with results streamed. Rule descriptors are indexed in
 * order of first appearance and written after the results (JSON members have no order);
 * a post of an export carries its id, account, date and link in the result's properties.
 */
import { describeRule, describeUnknownRule, directoryUri, INFORMATION_URI, SARIF_SCHEMA, toArtifactLocation, toResult } from '../sarif.js';
import type { Finding } from '../../model/index.js';
import type { ReportContext, ReportWriter } from './writer.js';

export function sarifWriter(ctx: ReportContext): ReportWriter {
  const index = new Map<string, number>();
  const firstFinding: Finding[] = [];
  let first = true;
  return {
    start: () => `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [`,
    result(r) {
      const artifact = toArtifactLocation(r.file, ctx.cwd);
      let out = '';
      for (const f of r.findings) {
        if (!index.has(f.ruleId)) {
          index.set(f.ruleId, index.size);
          firstFinding.push(f);
        }
        const result = toResult(f, index.get(f.ruleId)!, artifact) as { properties: Record<string, unknown> };
        if (r.post) result.properties.post = { id: r.post.id, account: r.post.account, date: r.post.date, url: r.post.url, row: r.row };
        out += `${first ? '\n' : ',\n'}        ${JSON.stringify(result)}`;
        first = false;
      }
      return out;
    },
    end() {
      const rules = firstFinding.map((f) => {
        const rule = ctx.rules.get(f.ruleId);
        return rule ? describeRule(rule) : describeUnknownRule(f);
      });
      const tool = { driver: { name: 'smpolicy', version: ctx.version, semanticVersion: ctx.version, informationUri: INFORMATION_URI, rules } };
      return `${first ? '' : '\n      '}],\n      "tool": ${JSON.stringify(tool)},\n      "originalUriBaseIds": ${JSON.stringify({ '%SRCROOT%': { uri: directoryUri(ctx.cwd) } })},\n      "columnKind": "utf16CodeUnits"\n    }\n  ]\n}\n`;
    },
  };
}
