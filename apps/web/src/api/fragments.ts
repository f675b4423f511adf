/** GraphQL selections shared by the explorer, the case page and the node page. */

export const SOURCE_FIELDS = /* GraphQL */ `id title sourceKind citation`;

export const EVIDENCE_FIELDS = /* GraphQL */ `
  quote
  verbatim
  source { ${SOURCE_FIELDS} }
`;

export const SAFETY_FIELDS = /* GraphQL */ `
  level
  conflict
  headlineRank
  gestationalWeek
  statements {
    level weekFrom weekTo note quote verbatim textKind
    rank body document number date section counted dissents
    source { ${SOURCE_FIELDS} }
    viaClass { id name }
  }
`;

/**
 * The headline without the statements, for the case graph's many linked nodes: each field there
 * costs a hundredfold in the API's query cost, and the statements are one click away.
 */
export const SAFETY_HEADLINE_FIELDS = /* GraphQL */ `level conflict headlineRank gestationalWeek`;

/** Every node field a details panel shows; expects a `$week: Int` variable for the safety verdicts. */
export const NODE_FIELDS = /* GraphQL */ `
  id
  kind
  name
  aliases
  ... on Condition {
    category urgency prevalence weekFrom weekTo summary
    evidence { ${EVIDENCE_FIELDS} }
  }
  ... on Finding { findingType summary }
  ... on Diagnostic { modality summary safety(gestationalWeek: $week) { ${SAFETY_FIELDS} } }
  ... on Drug { drugClass summary safety(gestationalWeek: $week) { ${SAFETY_FIELDS} } }
  ... on Intervention { summary safety(gestationalWeek: $week) { ${SAFETY_FIELDS} } }
  ... on Source { title sourceKind publisher date url citation }
`;

export const EDGE_FIELDS = /* GraphQL */ `
  id type source target frequency evoking note
  evidence { ${EVIDENCE_FIELDS} }
`;
