/** The safety headline and its statements. Field names are a contract: add freely, never rename. */
export const safetyTypeDefs = /* GraphQL */ `
  """
  How safe something is in pregnancy at a week. Stated levels, least to most restrictive: ALLOWED,
  CAUTION, AVOID, CONTRAINDICATED. CONFLICTING and UNKNOWN are verdicts, never stated by a source.
  """
  enum SafetyLevel {
    "Allowed by the source (usable)."
    ALLOWED
    "Allowed with care: a doctor's supervision, a dose limit, a route, a duration (usable)."
    CAUTION
    "To be avoided unless no alternative (not usable)."
    AVOID
    "Must not be used (not usable)."
    CONTRAINDICATED
    "The highest-ranking sources that speak to the week split between usable (ALLOWED, CAUTION) and not usable (AVOID, CONTRAINDICATED): read the statements."
    CONFLICTING
    "No source in the graph speaks to it at that week."
    UNKNOWN
  }

  "Whether a piece of evidence is the source's own words or a summary of a source the graph holds no text of."
  enum EvidenceText {
    "The source's own words, checked word for word against its text."
    QUOTE
    "A one-line summary of the source, to be shown with its citation and never as a quote."
    SUMMARY
  }

  """
  A safety verdict at a week and the statements behind it. The headline (level) is read in four
  steps: (1) take the statements about the subject, or about any class it belongs to, whose weeks
  contain the week (all of them when no week is given); (2) for each source, keep its statements
  about the subject if any apply, else those about the nearest class (specific beats general
  within one source), and take the most restrictive of those (ALLOWED < CAUTION < AVOID <
  CONTRAINDICATED) as that source's verdict; (3) among the sources of the best rank (1 regulator >
  2 guideline or professional body > 3 textbook, review, trial or teratology service > 4 consumer
  article), the level is CONFLICTING when their verdicts split between usable (ALLOWED, CAUTION)
  and not usable (AVOID, CONTRAINDICATED), else the most restrictive of their verdicts; (4) lower
  ranks never change the level but stay visible: conflict says some source disagrees, dissent
  lists who.
  """
  type Safety {
    "The headline (see the type's description): the most restrictive verdict of the highest-ranking sources that speak to the week; CONFLICTING only for a usable / not-usable split among them; UNKNOWN without any statement."
    level: SafetyLevel!
    "True when any two sources' verdicts differ, whatever their rank (e.g. a consumer article allowing what a regulator says to avoid). Read dissent."
    conflict: Boolean!
    "The rank the headline is read from (1 regulator ... 4 consumer article); null when the level is UNKNOWN."
    headlineRank: Int
    "The week the verdict is for; null when it covers the whole pregnancy (then each source's strictest window counts)."
    gestationalWeek: Int
    "Every statement that applies at that week, highest-ranking source first (then statements about the subject before those about its classes)."
    statements: [SafetyStatement!]!
    "The statements that count for their source (counted) and whose level differs from the headline, highest rank first; empty when every source agrees."
    dissent: [SafetyStatement!]!
    "One verdict per source that speaks to the week, highest rank first: step 2 of the headline."
    sources: [SourceVerdict!]!
  }

  "One source's verdict on a subject at the week: its most specific statements, the most restrictive of those."
  type SourceVerdict {
    "The source."
    source: Source!
    "Its rank: 1 regulator, 2 guideline or professional body, 3 textbook, review, trial or teratology service, 4 consumer article."
    rank: Int!
    "Its verdict (never CONFLICTING or UNKNOWN)."
    level: SafetyLevel!
    "What the verdict was stated about: the subject itself, or the class it was inherited from."
    about: Node
  }

  "One source's statement on the safety of a drug, test or measure in pregnancy, with its citation."
  type SafetyStatement {
    "This source's level."
    level: SafetyLevel!
    "First gestational week the statement covers."
    weekFrom: Int!
    "Last gestational week the statement covers."
    weekTo: Int!
    "Curator's note: dose, route, duration or the condition attached."
    note: String
    "The source that makes the statement."
    source: Source!
    "The source's rank: 1 regulator, 2 guideline or professional body, 3 textbook, review, trial or teratology service, 4 consumer article."
    rank: Int!
    "The source's kind (regulator, guideline, professional-body, ..., consumer-article)."
    sourceKind: String!
    "The source's title."
    title: String!
    "The issuing body (FDA, ACOG, ...); null for a consumer article."
    body: String
    "The kind and name of the document (Drug Safety Communication, Committee Opinion, ...)."
    document: String
    "The document's number, when it has one."
    number: String
    "The source's date (ISO 8601), when known."
    date: String
    "The section the statement comes from: the evidence's own section, else the source's, else null."
    section: String
    "The source's words (textKind QUOTE) or a one-line summary with its citation (textKind SUMMARY)."
    quote: String!
    "True when quote is the source's own words."
    verbatim: Boolean!
    "QUOTE or SUMMARY: how to show quote (a summary is never shown in quotation marks)."
    textKind: EvidenceText!
    "Set when the statement is about a class the subject belongs to (NSAIDs for ibuprofen)."
    viaClass: Drug
    "True when this statement is its source's verdict; false when the same source says something more specific (about the subject rather than its class) or stricter in another window that applies."
    counted: Boolean!
    "True when it counts and its level differs from the headline: a dissenting voice."
    dissents: Boolean!
  }
`;
