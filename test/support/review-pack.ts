/**
 * The local pack the review tests run with (in process and in a real terminal): a rule with a
 * safe fix, and one without, so the findings do not change when the shipped packs do.
 */
export const REVIEW_PACK = `pack: local
title: Local rules
rules:
  - id: local/draft-note
    category: code-of-conduct
    severity: error
    policy: { ref: "Local guide 1", title: "No drafting notes" }
    message: "Drafting note left in: '{match}'"
    remediation: Remove it.
    fix: remove
    examples: { bad: ["TODO check this."], good: ["All checked."] }
    detect: { kind: phrases, phrases: ["TODO check this"] }
  - id: local/shout
    category: code-of-conduct
    severity: error
    policy: { ref: "Local guide 2", title: "No shouting" }
    message: "Shouting: '{match}'"
    remediation: Write it in sentence case.
    examples: { bad: ["URGENT news"], good: ["Urgent news"] }
    detect: { kind: phrases, phrases: ["URGENT"], case-sensitive: true }
`;
