/** The don't-miss lane of a differential. Field names are a contract: add freely, never rename. */
export const dontMissTypeDefs = /* GraphQL */ `
  "What keeps a condition in the don't-miss lane."
  enum DontMissReasonKind {
    "A red-flag rule that fired on the entered findings names it (and the week, if given, is inside the condition's window)."
    RULE
    "A present finding supports it and its probability reached the lane's threshold for its urgency."
    THRESHOLD
  }

  "Why a condition is kept open."
  type DontMissReason {
    "RULE or THRESHOLD."
    kind: DontMissReasonKind!
    "The red-flag rule (kind RULE)."
    ruleId: ID
    "The probability threshold reached (kind THRESHOLD): 0.02 for an emergency, 0.05 for an urgent condition, never above the candidate red-flag threshold (0.2)."
    threshold: Float
    "The rule's message, or e.g. '3.1% likely, at or above the 2% threshold for an emergency'."
    message: String!
  }

  "An entered finding that keeps a don't-miss condition open."
  type DontMissFinding {
    "The finding (entered as present)."
    finding: Finding!
    "The likelihood ratio it applies to the condition; null when only a rule ties them."
    likelihoodRatio: Float
    "The fired rules it triggered that name the condition."
    ruleIds: [ID!]!
    "The link's evidence, then the rules' evidence."
    evidence: [Evidence!]!
  }

  "What would rule a condition out: a cited summary, the tests and the findings that do it."
  type RuleOut {
    "One-line summary of what rules it out (a summary, never a quote)."
    text: String!
    "Tests that rule it out (see each one's safety at the week)."
    diagnostics: [Diagnostic!]!
    "Findings whose answer rules it out."
    findings: [Finding!]!
    "The sources of the summary."
    evidence: [Evidence!]!
  }

  "An urgent or emergency condition the entered findings keep open, whatever its rank."
  type DontMissEntry {
    "The condition."
    condition: Condition!
    "urgent or emergency: the condition's own urgency, raised to that of any rule that names it."
    urgency: String!
    "Its posterior probability (the same number as in the ranking)."
    probability: Float!
    "Its rank in the ranking; null when no candidate (a rule names a condition outside the ranking)."
    rank: Int
    "Why it is kept open: the rules that name it and the threshold it reached."
    reasons: [DontMissReason!]!
    "The entered findings that keep it open, strongest first, with their evidence."
    findings: [DontMissFinding!]!
    "What would rule it out; null when the graph holds no rule-out for it."
    ruleOut: RuleOut
  }
`;
