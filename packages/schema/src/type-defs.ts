/** The public GraphQL schema. Field names here are a contract: add freely, never rename. */
export const typeDefs = /* GraphQL */ `
  """
  The kinds of entity in the knowledge graph.
  """
  enum NodeKind {
    "A cause of back pain in pregnancy (pyelonephritis, osteochondrosis, ...)."
    CONDITION
    "A symptom, sign, laboratory or imaging result, history item or pain characteristic."
    FINDING
    "A test or examination."
    DIAGNOSTIC
    "A drug substance or class; brand names are aliases."
    DRUG
    "A non-drug measure (posture, exercise, heat packs, ...)."
    INTERVENTION
    "A document the graph cites."
    SOURCE
  }

  """
  Any entity in the graph.
  """
  interface Node {
    "Stable, human-readable id (kebab-case), the same across reloads of the same data."
    id: ID!
    "The kind of entity; the concrete type follows from it."
    kind: NodeKind!
    "Display name."
    name: String!
    "Other names a clinician or patient might type (synonyms, brand names, lay terms)."
    aliases: [String!]!
  }

  "A verbatim quote from a source that backs a relationship or statement."
  type Evidence {
    "The document quoted."
    source: Source!
    "The words of the source, verbatim when verbatim is true; otherwise a summary of a source whose text the graph does not hold (a regulator's communication), to be shown with its citation and never as a quote."
    quote: String!
    "True when quote is the source's own words, checked word for word against its text."
    verbatim: Boolean!
  }

  "A cause of back pain in pregnancy."
  type Condition implements Node {
    "Stable, human-readable id (kebab-case), the same across reloads of the same data."
    id: ID!
    "The kind of entity; matches the type."
    kind: NodeKind!
    "Display name."
    name: String!
    "Other names a clinician or patient might type (synonyms, brand names, lay terms)."
    aliases: [String!]!
    "Organ system: kidney, spine, muscle, uterine, ovarian, obstetric, physiological, ..."
    category: String!
    "How soon the condition needs a clinician: routine, soon, urgent, emergency."
    urgency: String!
    "How common it is among pregnant women with back pain: very-common ... very-rare."
    prevalence: String!
    "First gestational week of the typical window, when the sources give one."
    weekFrom: Int
    "Last gestational week of the typical window, when the sources give one."
    weekTo: Int
    "A short curated summary, when the graph has one."
    summary: String
    "Quotes behind the summary."
    evidence: [Evidence!]!
  }

  "A symptom, sign, test result, history item or characteristic of the pain."
  type Finding implements Node {
    "Stable, human-readable id (kebab-case), the same across reloads of the same data."
    id: ID!
    "The kind of entity; matches the type."
    kind: NodeKind!
    "Display name."
    name: String!
    "Other names a clinician or patient might type (synonyms, brand names, lay terms)."
    aliases: [String!]!
    "symptom, sign, lab, imaging, history or characteristic."
    findingType: String!
    "A short curated summary, when the graph has one."
    summary: String
  }

  "A test or examination."
  type Diagnostic implements Node {
    "Stable, human-readable id (kebab-case), the same across reloads of the same data."
    id: ID!
    "The kind of entity; matches the type."
    kind: NodeKind!
    "Display name."
    name: String!
    "Other names a clinician or patient might type (synonyms, brand names, lay terms)."
    aliases: [String!]!
    "lab, imaging, examination or history."
    modality: String!
    "A short curated summary, when the graph has one."
    summary: String
    "Safety in pregnancy at a gestational week (all statements when no week), from every source that rates it; CONFLICTING when sources disagree."
    safety("Gestational week, 1 to 42." gestationalWeek: Int): Safety!
  }

  "A drug substance or class."
  type Drug implements Node {
    "Stable, human-readable id (kebab-case), the same across reloads of the same data."
    id: ID!
    "The kind of entity; matches the type."
    kind: NodeKind!
    "Display name."
    name: String!
    "Other names a clinician or patient might type (synonyms, brand names, lay terms)."
    aliases: [String!]!
    "Pharmacological class, e.g. NSAID, antispasmodic."
    drugClass: String
    "A short curated summary, when the graph has one."
    summary: String
    "Safety in pregnancy at a gestational week (all statements when no week), from every source that rates it; CONFLICTING when sources disagree."
    safety("Gestational week, 1 to 42." gestationalWeek: Int): Safety!
  }

  "A non-drug measure."
  type Intervention implements Node {
    "Stable, human-readable id (kebab-case), the same across reloads of the same data."
    id: ID!
    "The kind of entity; matches the type."
    kind: NodeKind!
    "Display name."
    name: String!
    "Other names a clinician or patient might type (synonyms, brand names, lay terms)."
    aliases: [String!]!
    "A short curated summary, when the graph has one."
    summary: String
    "Safety in pregnancy at a gestational week (all statements when no week), from every source that rates it; CONFLICTING when sources disagree."
    safety("Gestational week, 1 to 42." gestationalWeek: Int): Safety!
  }

  "A document the graph cites."
  type Source implements Node {
    "Stable, human-readable id (kebab-case), the same across reloads of the same data."
    id: ID!
    "Always SOURCE."
    kind: NodeKind!
    "The document's title."
    name: String!
    "Other names the source is known by (abbreviations)."
    aliases: [String!]!
    "The document's title (the same as name)."
    title: String!
    "consumer-article, regulator, guideline, trial or textbook: how much weight its claims carry."
    sourceKind: String!
    "Who published it, when known."
    publisher: String
    "Publication date (ISO 8601) when known."
    date: String
    "Where to read it, when it is online."
    url: String
    "Formal citation, for regulator and guideline sources."
    citation: String
  }

  "A directed relationship between two nodes, with the evidence behind it."
  type Edge {
    "Stable id: TYPE:from->to."
    id: ID!
    "Relationship type: PRESENTS_WITH, EVALUATES, DETECTS, TREATS, RELIEVES, PREVENTS, MAY_LEAD_TO, ..."
    type: String!
    "Id of the node the relationship starts at."
    source: ID!
    "Id of the node the relationship ends at."
    target: ID!
    "For PRESENTS_WITH: how often the condition shows the finding (always, usually, often, sometimes, rarely, never)."
    frequency: String
    "For PRESENTS_WITH: how strongly the finding evokes the condition (none ... pathognomonic)."
    evoking: String
    "Curator's note on the relationship."
    note: String
    "At least one source and quote."
    evidence: [Evidence!]!
  }

  "A set of nodes and the relationships among them."
  type Subgraph {
    "The nodes, the starting ones included."
    nodes: [Node!]!
    "The relationships among the nodes, each with its evidence."
    edges: [Edge!]!
    "True when the node limit cut the neighbourhood short."
    truncated: Boolean!
  }

  "A search result."
  type SearchHit {
    "The node that matched."
    node: Node!
    "Relevance in (0, 1]: 1 when the text equals a name, alias or lay name (after normalisation, spelling and synonyms); otherwise BM25 relevance relative to the best other hit, at most 0.95 (embedded engine). On Neo4j until its full-text index: 0.8 prefix, 0.7 word prefix, 0.5 substring."
    score: Float!
  }

  """
  How safe something is in pregnancy. Never a silent pick: when sources disagree the level is
  CONFLICTING and every statement is listed with its source.
  """
  enum SafetyLevel {
    "The sources that rate it allow it."
    ALLOWED
    "Allowed with care: a doctor's supervision, a dose limit, a route."
    CAUTION
    "To be avoided unless no alternative."
    AVOID
    "Must not be used."
    CONTRAINDICATED
    "Sources disagree: see the statements."
    CONFLICTING
    "No source in the graph rates it."
    UNKNOWN
  }

  "A safety verdict and the statements behind it."
  type Safety {
    "The verdict: the statements' common level, CONFLICTING when they disagree, UNKNOWN without any."
    level: SafetyLevel!
    "The week the verdict is for; null when it covers the whole pregnancy."
    gestationalWeek: Int
    "The statements that apply at that week, each with its source."
    statements: [SafetyStatement!]!
  }

  "One source's statement on the safety of a drug, test or measure in pregnancy."
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
    "The source's words (verbatim true) or a summary with its citation (verbatim false)."
    quote: String!
    "True when quote is the source's own words."
    verbatim: Boolean!
    "Set when the statement is about a class the subject belongs to (NSAIDs for ibuprofen)."
    viaClass: Drug
  }

  "Findings entered for a differential."
  input DifferentialInput {
    "Ids of findings present (at most 100 present and absent together)."
    present: [ID!]!
    "Ids of findings known to be absent (pertinent negatives)."
    absent: [ID!] = []
    "Gestational week, 1 to 42."
    gestationalWeek: Int
  }

  "How one entered finding moved one candidate."
  type Contribution {
    "The entered finding."
    finding: Finding!
    "True when the finding was entered as present, false when absent."
    present: Boolean!
    "Natural log of the likelihood ratio applied: above 0 supports, below 0 opposes."
    weight: Float!
    "The likelihood ratio the finding applied to the candidate (exp of weight)."
    likelihoodRatio: Float!
    "How often the condition shows the finding (null when the graph does not link them)."
    frequency: String
    "How strongly the finding evokes the condition (null when the graph does not link them)."
    evoking: String
    "The quotes behind the link."
    evidence: [Evidence!]!
  }

  "A ranked condition with the evidence for and against it."
  type Candidate {
    "1 for the most probable."
    rank: Int!
    "Posterior probability in [0, 1]."
    probability: Float!
    "Prior probability from prevalence, adjusted for the gestational week."
    prior: Float!
    "The condition ranked."
    condition: Condition!
    "The condition's urgency: routine, soon, urgent, emergency."
    urgency: String!
    "False when the week is outside the condition's typical window."
    inWindow: Boolean!
    "Entered findings that raised it, strongest first."
    supporting: [Contribution!]!
    "Entered findings that lowered it, strongest first."
    opposing: [Contribution!]!
  }

  "An alarm raised by a combination of findings, or by an urgent candidate above the threshold."
  type RedFlag {
    "The rule's id, or candidate:<condition id>."
    id: ID!
    "What to do, in plain words."
    message: String!
    "urgent or emergency (also soon, routine)."
    urgency: String!
    "rule (a curated combination) or candidate (an urgent condition likely enough)."
    trigger: String!
    "The conditions the flag warns about."
    conditions: [Condition!]!
    "The entered findings that raised it."
    findings: [Finding!]!
    "The quotes behind the rule."
    evidence: [Evidence!]!
  }

  "A finding worth asking about next."
  type NextFinding {
    "The finding to ask about."
    finding: Finding!
    "Expected reduction of uncertainty (bits) over the current ranking."
    expectedInformationGain: Float!
    "The conditions the answer would tell apart."
    separates: [Condition!]!
  }

  "A test that would help separate the leading candidates."
  type SuggestedDiagnostic {
    "The test."
    diagnostic: Diagnostic!
    "Probability mass of the leading candidates it evaluates."
    usefulness: Float!
    "The leading candidates it evaluates."
    evaluates: [Condition!]!
    "Its safety at the entered week."
    safety: Safety!
    "Set whenever the test is AVOID, CONTRAINDICATED or CONFLICTING at that week."
    warning: String
    "Safer tests (ALLOWED or CAUTION) for the same candidates."
    saferAlternatives: [Diagnostic!]!
  }

  "A drug or measure linked to the leading candidates, with its safety at the week."
  type TreatmentSafety {
    "The drug or intervention."
    subject: Node!
    "The leading candidates it treats or relieves."
    conditions: [Condition!]!
    "Its safety at the entered week."
    safety: Safety!
  }

  "A ranked, explained differential."
  type Differential {
    "The week entered, or null."
    gestationalWeek: Int
    "1, 2 or 3; null without a week."
    trimester: Int
    "The conditions, most probable first."
    candidates: [Candidate!]!
    "Probability left to causes not in the graph; candidates plus this sum to 1."
    otherProbability: Float!
    "Alarms to act on first, most urgent first."
    redFlags: [RedFlag!]!
    "Findings worth asking about next, most informative first."
    nextFindings: [NextFinding!]!
    "Tests that would separate the leading candidates, with their safety at the week."
    suggestedDiagnostics: [SuggestedDiagnostic!]!
    "Drugs and measures linked to the leading candidates, with their safety at the week."
    treatmentSafety: [TreatmentSafety!]!
  }

  "How many of something there are (a node kind, a relationship type, a source kind)."
  type Count {
    "The kind or type counted (CONDITION, PRESENTS_WITH, guideline, ...)."
    key: String!
    "How many."
    count: Int!
  }

  "An overview of the graph: what it holds and where it comes from."
  type Stats {
    "Nodes, all kinds together."
    nodeCount: Int!
    "Nodes by kind, every kind listed (0 when none)."
    nodesByKind: [Count!]!
    "Relationships, all types together."
    edgeCount: Int!
    "Relationships by type, most frequent first."
    edgesByType: [Count!]!
    "Sources by the kind of document (consumer-article, regulator, guideline, trial, textbook), most frequent first."
    sourcesByKind: [Count!]!
    "Curated red-flag rules."
    redFlagRules: Int!
    "Teaching paths published (drafts are not counted)."
    publishedTeachingPaths: Int!
  }

  "Read the knowledge graph: nodes, search, neighbourhoods, the differential and teaching paths."
  type Query {
    "One node by id, or null when there is none."
    node("A node id, 1 to 200 characters." id: ID!): Node
    "Nodes whose names, aliases, lay names or summaries match the text, best first: ranked (BM25), with stemming, abbreviations and synonyms, British and American spellings, and typo tolerance by word length."
    search(
      "Case-insensitive text, 1 to 200 characters."
      text: String!
      "Only these kinds; all kinds when omitted."
      kinds: [NodeKind!]
      "How many hits, 1 to 100."
      first: Int = 10
    ): [SearchHit!]!
    "The nodes within depth steps of the given ones, and the relationships among them."
    neighborhood(
      "1 to 50 starting node ids; unknown ids are an error."
      ids: [ID!]!
      "Steps to walk, 1 to 3."
      depth: Int = 1
      "Only walk to nodes of these kinds; the starting nodes are always included."
      kinds: [NodeKind!]
    ): Subgraph!
    "Rank the conditions in the graph from findings present and absent at a gestational week, and explain every rank."
    differential("The findings present and absent, and the week." input: DifferentialInput!): Differential!
    "Counts by node kind, relationship type and source kind, red-flag rules and published teaching paths."
    stats: Stats!
  }
`;
