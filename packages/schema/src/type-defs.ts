/**
 * The fields of the Node interface, with their descriptions. GraphQL makes every type that implements
 * an interface declare the interface's fields again; they are written once here and placed in the
 * interface and in each node type, whose kind (and, for Source, name and aliases) reads differently.
 */
function nodeFields(
  kind = "The kind of entity; matches the type.",
  name = "Display name.",
  aliases = "Other names a clinician or patient might type (synonyms, brand names, lay terms).",
): string {
  return `"Stable, human-readable id (kebab-case), the same across reloads of the same data."
    id: ID!
    ${JSON.stringify(kind)}
    kind: NodeKind!
    ${JSON.stringify(name)}
    name: String!
    ${JSON.stringify(aliases)}
    aliases: [String!]!`;
}

/** The safety field of the node types a clinician may order or give (Diagnostic, Drug, Intervention). */
const SAFETY_FIELD = `"Safety in pregnancy at a gestational week (every statement when no week): the headline read from the highest-ranking sources, with every statement and the dissent (see Safety.level)."
    safety("Gestational week, 1 to 42." gestationalWeek: Int): Safety!`;

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
    ${nodeFields("The kind of entity; the concrete type follows from it.")}
  }

  "A verbatim quote from a source that backs a relationship or statement."
  type Evidence {
    "The document quoted."
    source: Source!
    "The words of the source, verbatim when verbatim is true; otherwise a summary of a source whose text the graph does not hold (a regulator's communication), to be shown with its citation and never as a quote."
    quote: String!
    "True when quote is the source's own words, checked word for word against its text."
    verbatim: Boolean!
    "QUOTE when quote is the source's own words, SUMMARY when it is a one-line summary (the same as verbatim, as words)."
    textKind: EvidenceText!
    "The section of the source this comes from, when named (else the source's own section, if any)."
    section: String
  }

  "A cause of back pain in pregnancy."
  type Condition implements Node {
    ${nodeFields()}
    "Organ system: kidney, spine, muscle, uterine, ovarian, obstetric, physiological, ..."
    category: String!
    "How soon the condition needs a clinician: routine, soon, urgent, emergency."
    urgency: String!
    "How common it is among pregnant women with back pain: very-common ... very-rare (a word for display; the engine reads prior)."
    prevalence: String!
    "Its share of pregnant patients presenting with back or abdominal pain to maternity triage or emergency care, as the differential's prior; null when the graph has none."
    prior: Float
    "How the prior was derived (a citation, or a derivation marked as such)."
    priorBasis: String
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
    ${nodeFields()}
    "symptom, sign, lab, imaging, history or characteristic."
    findingType: String!
    "A short curated summary, when the graph has one."
    summary: String
  }

  "A test or examination."
  type Diagnostic implements Node {
    ${nodeFields()}
    "lab, imaging, examination or history."
    modality: String!
    "A short curated summary, when the graph has one."
    summary: String
    ${SAFETY_FIELD}
  }

  "A drug substance or class."
  type Drug implements Node {
    ${nodeFields()}
    "Pharmacological class, e.g. NSAID, antispasmodic."
    drugClass: String
    "A short curated summary, when the graph has one."
    summary: String
    ${SAFETY_FIELD}
  }

  "A non-drug measure."
  type Intervention implements Node {
    ${nodeFields()}
    "A short curated summary, when the graph has one."
    summary: String
    ${SAFETY_FIELD}
  }

  "A document the graph cites."
  type Source implements Node {
    ${nodeFields("Always SOURCE.", "The document's title.", "Other names the source is known by (abbreviations).")}
    "The document's title (the same as name)."
    title: String!
    "regulator, guideline, professional-body, teratology-service, systematic-review, trial, textbook or consumer-article: how much weight its claims carry (see rank)."
    sourceKind: String!
    "Authority from the kind: 1 regulator; 2 guideline or professional body; 3 textbook, systematic review, trial or teratology service; 4 consumer article (also any kind not listed). Safety headlines are read from the best rank that speaks."
    rank: Int!
    "The issuing body (FDA, ACOG, EMA, ...), for every source but a consumer article."
    body: String
    "The kind and name of the document (Drug Safety Communication, Committee Opinion, ...)."
    document: String
    "The document's number, when it has one (e.g. 723 for ACOG Committee Opinion 723)."
    number: String
    "The section of the document the graph relies on, when one is named."
    section: String
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

  "Findings entered for a differential."
  input DifferentialInput {
    "Ids of findings present (at most 100 present and absent together)."
    present: [ID!]!
    "Ids of findings known to be absent (pertinent negatives)."
    absent: [ID!] = []
    "Gestational week, 1 to 42."
    gestationalWeek: Int
  }

  "Where a likelihood ratio comes from."
  enum LikelihoodOrigin {
    "The link's sensitivity and specificity, from the study it names (statsSource)."
    STUDY
    "The link's frequency and evoking words, through the engine's scales."
    SCALE
    "One figure from a study, the other from the scales."
    MIXED
    "No link: the leak probability (0.1) against the reference rate (0.2), a small 0.5, never strong evidence against."
    LEAK
  }

  "How one entered finding moved one candidate."
  type Contribution {
    "The entered finding."
    finding: Finding!
    "True when the finding was entered as present, false when absent."
    present: Boolean!
    "What the finding added to the candidate's log odds: ln(likelihoodRatio) x discount. Above 0 supports, below 0 opposes."
    weight: Float!
    "The likelihood ratio the finding carries for the candidate: the link's (from its study figures or its words), held to [1/3, 3] when only consumer articles back the link; the leak (0.5) when the graph does not link them."
    likelihoodRatio: Float!
    "The link's own likelihood ratio before the consumer band (equal to likelihoodRatio unless clamped)."
    linkLikelihoodRatio: Float!
    "Tempering for findings that travel together: 1 for the strongest finding on its side (for or against), then 0.9, 0.81, ... of each next one."
    discount: Float!
    "Where the ratio comes from: STUDY, SCALE, MIXED or LEAK."
    origin: LikelihoodOrigin!
    "The study the figures come from (origin STUDY or MIXED); null otherwise."
    statsSource: Source
    "True when only consumer articles back the link and the band [1/3, 3] changed its ratio."
    clamped: Boolean!
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
    "Prior probability: the condition's curated prior (its prevalence word only when it has none), a tenth of it outside its weeks, with at least 10% left to causes not listed."
    prior: Float!
    "The condition ranked."
    condition: Condition!
    "The condition's urgency: routine, soon, urgent, emergency."
    urgency: String!
    "False when the week is outside the condition's typical window."
    inWindow: Boolean!
    "True when the probability was held to the 90% ceiling because no single examination, laboratory or imaging finding with a likelihood ratio of 20 or more settles it."
    capped: Boolean!
    "Entered findings that raised it, strongest first."
    supporting: [Contribution!]!
    "Entered findings that lowered it, strongest first."
    opposing: [Contribution!]!
    "Linked findings not yet entered that would raise it most if found present, strongest first: the likelihood ratio the engine would apply to each (before tempering), only those above 1."
    raisers(
      "How many, 1 to 20."
      first: Int = 3
    ): [Raiser!]!
  }

  "A finding not yet entered and what it would do to a candidate if found present."
  type Raiser {
    "The finding."
    finding: Finding!
    "The likelihood ratio it would apply if present (above 1): the link's, held to [1/3, 3] when only consumer articles back it."
    likelihoodRatio: Float!
    "Where the ratio comes from: STUDY, SCALE or MIXED."
    origin: LikelihoodOrigin!
    "How often the condition shows the finding."
    frequency: String!
    "How strongly the finding evokes the condition, when the graph says."
    evoking: String
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
    "The conditions, most probable first: the ten most probable (the engine's maxCandidates)."
    candidates: [Candidate!]!
    "Probability left to causes not in the graph; candidates, omittedProbability and this sum to 1."
    otherProbability: Float!
    "Probability of the conditions ranked below the candidates shown (0 when every one is shown)."
    omittedProbability: Float!
    "Alarms to act on first, most urgent first."
    redFlags: [RedFlag!]!
    "The don't-miss lane, beside the ranking: every urgent or emergency condition a fired rule names or whose probability reached the lane's threshold with a present finding supporting it, most urgent first, then most probable. Every candidate red flag and every urgent or emergency rule's in-window condition is here."
    dontMiss: [DontMissEntry!]!
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
