import { useGraphQlJit } from "@envelop/graphql-jit";
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** The operation a request runs: the named one, or the document's only one. */
function toOperation(document: DocumentNode, operationName: string | null | undefined) {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
}

function hasFragments(set: SelectionSetNode): boolean {
  return set.selections.some(
    (s) => s.kind !== Kind.FIELD || (s.selectionSet !== undefined && hasFragments(s.selectionSet)),
  );
}

/**
 * True for a query whose every root field is `differential` (or `__typename`) and that uses no
 * fragments: the API's hot path, where each clinician's case is new and the response cache cannot
 * help. Fragments stay with graphql-js because the compiled executor orders the fields of an
 * abstract type's fragments by type, not as the query lists them.
 */
export function isCompiledDifferential(document: DocumentNode, operationName?: string | null): boolean {
  if (document.definitions.some((d) => d.kind === Kind.FRAGMENT_DEFINITION)) return false;
  const operation = toOperation(document, operationName);
  if (operation?.operation !== "query" || hasFragments(operation.selectionSet)) return false;
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && (s.name.value === "differential" || s.name.value === "__typename"),
  );
}

/**
 * Compiled execution (graphql-jit) for differential queries: each document is compiled once to a
 * function that resolves and serialises its selection, instead of graphql-js walking the document
 * for every request (a fifth of a distinct differential's CPU, docs/performance.md). Everything
 * else keeps graphql-js:
 * - other operations: the compiled executor ignores the request's abort signal, which the
 *   store-bound fields (search, neighbourhoods, paths) need to stop when a client goes away; a
 *   differential reads only the in-memory knowledge snapshot;
 * - variables graphql-js would refuse, so the error (message, locations) is graphql-js's own.
 * An answer with errors is laid out as graphql-js lays it out (`errors` before `data`).
 * Put it before `useQueryLimits`, so the limits' timeout wraps the compiled executor too.
 */
export function useCompiledDifferential(): Plugin {
  const jit = useGraphQlJit({}, { onError: () => undefined }) as Plugin;
  const compilable = new WeakMap<DocumentNode, Map<string, boolean>>();
  const isCompilable = (args: ExecutionArgs): boolean => {
    const byName = compilable.get(args.document) ?? new Map<string, boolean>();
    compilable.set(args.document, byName);
    const name = args.operationName ?? "";
    const known = byName.get(name) ?? isCompiledDifferential(args.document, args.operationName);
    byName.set(name, known);
    if (!known) return false;
    const operation = toOperation(args.document, args.operationName);
    const coerced = getVariableValues(
      args.schema,
      operation?.variableDefinitions ?? [],
      args.variableValues ?? {},
    );
    return coerced.errors === undefined;
  };
  return {
    onExecute(payload) {
      if (!isCompilable(payload.args)) return;
      jit.onExecute?.(payload);
      return {
        onExecuteDone({ result, setResult }) {
          const answer = result as ExecutionResult;
          if (!answer.errors) return;
          setResult({
            errors: answer.errors,
            data: answer.data,
            ...(answer.extensions ? { extensions: answer.extensions } : {}),
          });
        },
      };
    },
  };
}
