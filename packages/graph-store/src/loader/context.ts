import type { NodeKind } from "@bpx/domain";
import type { NodeRecord, Origin, ValidationIssue } from "./bundle";
import type { ParsedFile } from "./read";
import type { EvidenceInput } from "./schemas";

type Path = (string | number)[];

/** The shared helpers of the cross-file checks: where an item is, and reference and evidence checks. */
export interface CheckContext {
  nodes: ReadonlyMap<string, NodeRecord>;
  issues: ValidationIssue[];
  at(file: ParsedFile, path: Path): Origin;
  /** Reports an unknown id or one of the wrong kind; true when the reference is good. */
  checkRef(ref: string, allowed: readonly NodeKind[], origin: Origin, what: string): boolean;
  /** Evidence cites known sources, quoting only those whose text we hold. */
  checkEvidence(evidence: readonly EvidenceInput[], file: ParsedFile, path: Path): void;
}

export function createContext(
  nodes: ReadonlyMap<string, NodeRecord>,
  issues: ValidationIssue[],
): CheckContext {
  const mergedInto = new Map<string, string>();
  for (const node of nodes.values()) {
    for (const former of node.props.formerIds as string[]) mergedInto.set(former, node.id);
  }
  const at = (file: ParsedFile, path: Path): Origin => ({ file: file.file, line: file.lineOf(path) });

  const checkRef = (ref: string, allowed: readonly NodeKind[], origin: Origin, what: string): boolean => {
    const node = nodes.get(ref);
    if (!node) {
      const into = mergedInto.get(ref);
      issues.push({
        ...origin,
        message: into
          ? `${what} refers to "${ref}", which was merged into "${into}": use "${into}"`
          : `${what} refers to unknown id "${ref}"`,
      });
    } else if (!allowed.includes(node.kind)) {
      issues.push({
        ...origin,
        message: `${what} must be ${allowed.join(" or ")}, but "${ref}" is ${node.kind}`,
      });
    }
    return node !== undefined && allowed.includes(node.kind);
  };

  const checkEvidence = (evidence: readonly EvidenceInput[], file: ParsedFile, path: Path) => {
    evidence.forEach((e, i) => {
      const origin = at(file, [...path, "evidence", i]);
      if (!checkRef(e.source, ["SOURCE"], origin, "evidence.source")) return;
      const hasText = nodes.get(e.source)?.props.file !== undefined;
      if (e.quote !== undefined && !hasText) {
        issues.push({
          ...origin,
          message: `"${e.source}" has no text file to check a quote against: use statement, not quote`,
        });
      }
      if (e.statement !== undefined && hasText) {
        issues.push({
          ...origin,
          message: `"${e.source}" has a text file: quote it verbatim (quote), do not summarise (statement)`,
        });
      }
    });
  };

  return { nodes, issues, at, checkRef, checkEvidence };
}
