import {
  type ASTNode,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  GraphQLError,
  type InlineFragmentNode,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { apiError, type ErrorCode } from "./errors";
import { LIMITS } from "./validation";

/** Limits on a whole request, enforced before (and around) execution. Every one is an env knob. */
export interface QueryLimits {
  /** Deepest nesting of fields in an operation, fragments expanded. */
  maxDepth: number;
  /** Aliased fields in an operation, fragments expanded. */
  maxAliases: number;
  /** Fields selected at the root of an operation. */
  maxRootFields: number;
  /** Operation and fragment definitions in one document. */
  maxDefinitions: number;
  /** Lexical tokens in the query text (graphql-js stops parsing past it). */
  maxTokens: number;
  /** Estimated cost of an operation; see {@link estimateCost}. */
  maxCost: number;
  /** Milliseconds an operation may run before the client gets TIMEOUT. */
  timeoutMs: number;
  /** Whether `__schema` and `__type` may be queried. */
  introspection: boolean;
}

/** The defaults (docs/api.md quotes them). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 10,
  maxDefinitions: 20,
  maxTokens: 5000,
  maxCost: 10_000,
  timeoutMs: 10_000,
  introspection: true,
};

/** Default multiplier for a field with a `first` argument the query leaves out. */
const DEFAULT_FIRST = 10;

function limitError(code: ErrorCode, message: string, extensions: Record<string, unknown>, nodes?: ASTNode) {
  // extensions.http makes yoga answer 400 (it strips the key from the body).
  return new GraphQLError(message, {
    ...(nodes ? { nodes } : {}),
    extensions: { code, ...extensions, http: { status: 400 } },
  });
}

type Fragments = Map<string, FragmentDefinitionNode>;

/** What a fragment spread or inline fragment selects, with the spread fragment's name. */
function expand(s: FragmentSpreadNode | InlineFragmentNode, fragments: Fragments) {
  if (s.kind === Kind.INLINE_FRAGMENT) return { name: undefined, target: s.selectionSet };
  return { name: s.name.value, target: fragments.get(s.name.value)?.selectionSet };
}

function fragmentsOf(document: DocumentNode): Fragments {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/**
 * Depth and aliases of a selection set, fragments expanded; cycles are cut (graphql-js's own rule
 * reports them).
 */
function measure(
  set: SelectionSetNode,
  fragments: Fragments,
  visiting: Set<string>,
): { depth: number; aliases: number } {
  let depth = 0;
  let aliases = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      const inner = s.selectionSet ? measure(s.selectionSet, fragments, visiting) : { depth: 0, aliases: 0 };
      // ofType only unwraps a type reference (at most a few levels), so introspection stays usable.
      depth = Math.max(depth, (s.name.value === "ofType" ? 0 : 1) + inner.depth);
      aliases += (s.alias ? 1 : 0) + inner.aliases;
    } else {
      const { name, target } = expand(s, fragments);
      if (!target || (name !== undefined && visiting.has(name))) continue;
      if (name !== undefined) visiting.add(name);
      const inner = measure(target, fragments, visiting);
      if (name !== undefined) visiting.delete(name);
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
    }
  }
  return { depth, aliases };
}

function rootFieldCount(set: SelectionSetNode, fragments: Fragments, visiting = new Set<string>()): number {
  let count = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) count += 1;
    else {
      const { name, target } = expand(s, fragments);
      if (!target || (name !== undefined && visiting.has(name))) continue;
      count += rootFieldCount(target, fragments, new Set([...visiting, ...(name ? [name] : [])]));
    }
  }
  return count;
}

/** A validation rule: definitions per document, and depth, aliases and root fields per operation. */
export function createShapeRule(limits: QueryLimits) {
  return (context: ValidationContext) => {
    const document = context.getDocument();
    if (document.definitions.length > limits.maxDefinitions) {
      context.reportError(
        limitError(
          "LIMIT_EXCEEDED",
          `The document has ${document.definitions.length} definitions; the limit is ${limits.maxDefinitions}.`,
          { limit: "definitions", max: limits.maxDefinitions },
        ),
      );
      return {};
    }
    const fragments = fragmentsOf(document);
    return {
      OperationDefinition(op: OperationDefinitionNode) {
        const { depth, aliases } = measure(op.selectionSet, fragments, new Set());
        const roots = rootFieldCount(op.selectionSet, fragments);
        const checks = [
          ["depth", depth, limits.maxDepth, `The operation is ${depth} fields deep; the limit is`],
          ["aliases", aliases, limits.maxAliases, `The operation uses ${aliases} aliases; the limit is`],
          [
            "rootFields",
            roots,
            limits.maxRootFields,
            `The operation selects ${roots} root fields; the limit is`,
          ],
        ] as const;
        for (const [limit, actual, max, text] of checks) {
          if (actual > max) {
            context.reportError(limitError("LIMIT_EXCEEDED", `${text} ${max}.`, { limit, max, actual }, op));
          }
        }
        return false;
      },
    };
  };
}

function intArg(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === "number" ? v : undefined;
  }
  return undefined;
}

function listLength(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return Array.isArray(v) ? v.length : v == null ? undefined : 1;
  }
  return 1;
}

/**
 * The cost of a selection set: every field costs 1 plus the cost of what it selects, times its
 * multiplier. A field with a `first` argument multiplies by `first` (10 when left out);
 * the root `neighborhood` by min(500, ids × 10^depth); the root `paths` by
 * first × (maxLength + 1); every other field by 1.
 * Negative or missing numbers count as their defaults, so a bad argument never lowers the cost.
 */
export function estimateCost(
  set: SelectionSetNode,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  fragments: Fragments = fragmentsOf(document),
  visiting: Set<string> = new Set(),
  atRoot = true,
): number {
  let cost = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      const arg = (name: string) => s.arguments?.find((a) => a.name.value === name)?.value;
      let multiplier = 1;
      if (atRoot && s.name.value === "neighborhood") {
        const ids = Math.max(1, listLength(arg("ids"), variables) ?? 1);
        const depth = Math.min(
          LIMITS.neighborhoodDepthMax,
          Math.max(1, intArg(arg("depth"), variables) ?? 1),
        );
        multiplier = Math.min(LIMITS.neighborhoodNodesMax, ids * 10 ** depth);
      } else if (atRoot && s.name.value === "paths") {
        const length = Math.min(
          LIMITS.pathsMaxLengthMax,
          Math.max(1, intArg(arg("maxLength"), variables) ?? 3),
        );
        const first = Math.min(20, Math.max(1, intArg(arg("first"), variables) ?? 5));
        multiplier = first * (length + 1);
      } else if (
        arg("first") !== undefined ||
        s.name.value.endsWith("Connection") ||
        s.name.value === "search"
      ) {
        const first = intArg(arg("first"), variables) ?? DEFAULT_FIRST;
        multiplier = Math.min(LIMITS.searchFirstMax, Math.max(1, first));
      }
      const inner = s.selectionSet
        ? estimateCost(s.selectionSet, document, variables, fragments, visiting, false)
        : 0;
      cost += multiplier * (1 + inner);
    } else {
      const { name, target } = expand(s, fragments);
      if (!target || (name !== undefined && visiting.has(name))) continue;
      if (name !== undefined) visiting.add(name);
      cost += estimateCost(target, document, variables, fragments, visiting, atRoot);
      if (name !== undefined) visiting.delete(name);
    }
  }
  return cost;
}

function selectedOperation(args: { document: DocumentNode; operationName?: string | null }) {
  const ops = args.document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return args.operationName ? ops.find((o) => o.name?.value === args.operationName) : ops[0];
}

/**
 * The yoga plugin that enforces {@link QueryLimits}: a token limit on parsing, the shape rule and
 * (when introspection is off) graphql-js's introspection rule on validation, the cost (which needs
 * the variables) and the timeout around execution. Limit errors answer 400 with a code.
 */
export function useQueryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && error.message.includes("tokens")) {
            throw limitError(
              "LIMIT_EXCEEDED",
              `The query has more than ${limits.maxTokens} tokens; the limit is ${limits.maxTokens}.`,
              { limit: "tokens", max: limits.maxTokens },
            );
          }
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(createShapeRule(limits));
      if (!limits.introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const op = selectedOperation(args);
      if (op) {
        const cost = estimateCost(op.selectionSet, args.document, args.variableValues ?? {});
        if (cost > limits.maxCost) {
          setResultAndStopExecution({
            errors: [
              limitError(
                "QUERY_TOO_COMPLEX",
                `The operation costs ${cost}; the limit is ${limits.maxCost}. Ask for fewer items (first, ids, depth) or fewer fields.`,
                { limit: "cost", max: limits.maxCost, actual: cost },
              ),
            ],
          });
          return;
        }
      }
      setExecuteFn(async (execArgs) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  apiError(
                    "TIMEOUT",
                    `The operation did not finish within ${limits.timeoutMs} ms; the limit is ${limits.timeoutMs} ms.`,
                    {
                      limit: "timeoutMs",
                      max: limits.timeoutMs,
                      http: { status: 504 },
                    },
                  ),
                ],
              }),
            limits.timeoutMs,
          );
        });
        try {
          return (await Promise.race([executeFn(execArgs), timeout])) as ExecutionResult;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
