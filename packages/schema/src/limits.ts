import { TEACHING_PATH_LIMITS } from "@bpx/domain";
import { runWithSignal } from "@bpx/graph-store";
import {
  type ASTNode,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
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
  /** Milliseconds validating a document may take before the client gets LIMIT_EXCEEDED. */
  validationTimeoutMs: number;
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
  validationTimeoutMs: 1000,
  introspection: true,
};

/** Default multiplier for a field with a `first` argument the query leaves out. */
const DEFAULT_FIRST = 10;

/**
 * A differential below the root (a teaching step's case) runs the engine once per step: it
 * weighs this many times its selection, and a path's `steps` count as many as a path may hold.
 */
const NESTED_DIFFERENTIAL_WEIGHT = 5;

function limitError(code: ErrorCode, message: string, extensions: Record<string, unknown>, nodes?: ASTNode) {
  // extensions.http makes yoga answer 400 (it strips the key from the body).
  return new GraphQLError(message, {
    ...(nodes ? { nodes } : {}),
    extensions: { code, ...extensions, http: { status: 400 } },
  });
}

type Fragments = Map<string, FragmentDefinitionNode>;

function fragmentsOf(document: DocumentNode): Fragments {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** What a selection set amounts to with its fragments expanded, counted without expanding them. */
interface Shape {
  /** Deepest nesting of fields. */
  depth: number;
  /** Aliased fields. */
  aliases: number;
  /** Fields at the top of the set (the root fields, for an operation). */
  top: number;
  /** Fields in all. */
  fields: number;
}

const EMPTY_SHAPE: Shape = { depth: 0, aliases: 0, top: 0, fields: 0 };

/**
 * Measures selection sets, each named fragment once: a fragment spread four times by each of a
 * dozen fragments would be 4^11 walks expanded, and is a dozen walks here. A spread of a fragment
 * that is being measured (a cycle) counts as nothing; graphql-js's own rule reports the cycle.
 */
function createShapeMeasure(fragments: Fragments) {
  const memo = new Map<string, Shape>();
  const visiting = new Set<string>();
  const measure = (set: SelectionSetNode): Shape => {
    const shape = { ...EMPTY_SHAPE };
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const inner = s.selectionSet ? measure(s.selectionSet) : EMPTY_SHAPE;
        // ofType only unwraps a type reference (at most a few levels), so introspection stays usable.
        shape.depth = Math.max(shape.depth, (s.name.value === "ofType" ? 0 : 1) + inner.depth);
        shape.aliases += (s.alias ? 1 : 0) + inner.aliases;
        shape.top += 1;
        shape.fields += 1 + inner.fields;
        continue;
      }
      const inner = s.kind === Kind.INLINE_FRAGMENT ? measure(s.selectionSet) : spread(s.name.value);
      shape.depth = Math.max(shape.depth, inner.depth);
      shape.aliases += inner.aliases;
      shape.top += inner.top;
      shape.fields += inner.fields;
    }
    return shape;
  };
  const spread = (name: string): Shape => {
    const known = memo.get(name);
    if (known) return known;
    const target = fragments.get(name);
    if (!target || visiting.has(name)) return EMPTY_SHAPE;
    visiting.add(name);
    const shape = measure(target.selectionSet);
    visiting.delete(name);
    memo.set(name, shape);
    return shape;
  };
  return measure;
}

/**
 * The count limits of a document, checked before graphql-js validates it (its rules expand
 * fragments): definitions, then per operation depth, aliases, root fields and fields in all. The
 * fields are a floor of the cost (every field costs at least 1), so a bomb is refused here
 * although the full cost needs the variables.
 */
export function checkShape(document: DocumentNode, limits: QueryLimits): GraphQLError[] {
  if (document.definitions.length > limits.maxDefinitions) {
    return [
      limitError(
        "LIMIT_EXCEEDED",
        `The document has ${document.definitions.length} definitions; the limit is ${limits.maxDefinitions}.`,
        { limit: "definitions", max: limits.maxDefinitions },
      ),
    ];
  }
  const measure = createShapeMeasure(fragmentsOf(document));
  const errors: GraphQLError[] = [];
  for (const op of document.definitions) {
    if (op.kind !== Kind.OPERATION_DEFINITION) continue;
    const { depth, aliases, top, fields } = measure(op.selectionSet);
    const checks = [
      ["depth", depth, limits.maxDepth, `The operation is ${depth} fields deep; the limit is`],
      ["aliases", aliases, limits.maxAliases, `The operation uses ${aliases} aliases; the limit is`],
      ["rootFields", top, limits.maxRootFields, `The operation selects ${top} root fields; the limit is`],
    ] as const;
    for (const [limit, actual, max, text] of checks) {
      if (actual > max)
        errors.push(limitError("LIMIT_EXCEEDED", `${text} ${max}.`, { limit, max, actual }, op));
    }
    if (fields > limits.maxCost) {
      errors.push(
        limitError(
          "QUERY_TOO_COMPLEX",
          `The operation selects ${fields} fields with its fragments expanded, so costs at least that; the limit is ${limits.maxCost}.`,
          { limit: "cost", max: limits.maxCost, actual: fields },
          op,
        ),
      );
    }
  }
  return errors;
}

/**
 * A validation rule that gives up once validation has run `ms` milliseconds, checked at every
 * node. graphql-js validates synchronously, so this is the one bound that also covers its own
 * rules (overlapping fields compares pairs of fields).
 */
export function createDeadlineRule(ms: number) {
  return (_context: ValidationContext) => {
    const deadline = performance.now() + ms;
    return {
      enter() {
        if (performance.now() > deadline) throw new ValidationTimeout(ms);
      },
    };
  };
}

class ValidationTimeout extends Error {
  constructor(readonly ms: number) {
    super(`validation took over ${ms} ms`);
  }
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
 * first × (maxLength + 1); a teaching path's `steps` by the most steps a path may hold (200); a
 * differential below the root (a step's case) by 5; every other field by 1.
 * Negative or missing numbers count as their defaults, so a bad argument never lowers the cost.
 * Each named fragment is costed once (once at the root, once below), never expanded.
 */
export function estimateCost(
  set: SelectionSetNode,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = fragmentsOf(document);
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const spread = (name: string, atRoot: boolean): number => {
    const key = `${atRoot ? "root" : "below"} ${name}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const target = fragments.get(name);
    if (!target || visiting.has(key)) return 0;
    visiting.add(key);
    const cost = costOf(target.selectionSet, atRoot);
    visiting.delete(key);
    memo.set(key, cost);
    return cost;
  };
  const costOf = (set: SelectionSetNode, atRoot: boolean): number => {
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const inner = s.selectionSet ? costOf(s.selectionSet, false) : 0;
        cost += fieldMultiplier(s, variables, atRoot) * (1 + inner);
      } else if (s.kind === Kind.INLINE_FRAGMENT) cost += costOf(s.selectionSet, atRoot);
      else cost += spread(s.name.value, atRoot);
    }
    return cost;
  };
  return costOf(set, true);
}

/** A field's argument by name (a loop, no closure: this runs for every field of every request). */
function argumentOf(field: FieldNode, name: string) {
  const args = field.arguments;
  if (args) for (let i = 0; i < args.length; i++) if (args[i]?.name.value === name) return args[i]?.value;
  return undefined;
}

function fieldMultiplier(field: FieldNode, variables: Record<string, unknown>, atRoot: boolean): number {
  if (atRoot && field.name.value === "neighborhood") {
    const ids = Math.max(1, listLength(argumentOf(field, "ids"), variables) ?? 1);
    const depth = Math.min(
      LIMITS.neighborhoodDepthMax,
      Math.max(1, intArg(argumentOf(field, "depth"), variables) ?? 1),
    );
    return Math.min(LIMITS.neighborhoodNodesMax, ids * 10 ** depth);
  }
  if (atRoot && field.name.value === "paths") {
    const length = Math.min(
      LIMITS.pathsMaxLengthMax,
      Math.max(1, intArg(argumentOf(field, "maxLength"), variables) ?? 3),
    );
    const first = Math.min(20, Math.max(1, intArg(argumentOf(field, "first"), variables) ?? 5));
    return first * (length + 1);
  }
  if (!atRoot && field.name.value === "steps") return TEACHING_PATH_LIMITS.stepsMax;
  if (!atRoot && field.name.value === "differential") return NESTED_DIFFERENTIAL_WEIGHT;
  if (
    argumentOf(field, "first") !== undefined ||
    field.name.value.endsWith("Connection") ||
    field.name.value === "search"
  ) {
    const first = intArg(argumentOf(field, "first"), variables) ?? DEFAULT_FIRST;
    return Math.min(LIMITS.searchFirstMax, Math.max(1, first));
  }
  return 1;
}

/** graphql-js's "Did you mean ...?" tail, which names fields, types and enum values. */
const SUGGESTION = / Did you mean .*\?$/s;

/**
 * The error without graphql-js's suggestions: with introspection off, `{ nme }` answering
 * `Did you mean "name"?` would let typos map the schema anyway.
 */
export function withoutSuggestions<E extends Error>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError) || !SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ""), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
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
    onValidate({ params, addValidationRule, setResult, setValidationFn, validateFn }) {
      const refusals = checkShape(params.documentAST, limits);
      if (refusals.length > 0) {
        // graphql-js's rules never see a document over the counts.
        setResult(refusals);
        return;
      }
      if (!limits.introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
      const hideSuggestions = !limits.introspection;
      addValidationRule(createDeadlineRule(limits.validationTimeoutMs));
      setValidationFn((...args) => {
        try {
          return validateFn(...args);
        } catch (error) {
          if (!(error instanceof ValidationTimeout)) throw error;
          return [
            limitError(
              "LIMIT_EXCEEDED",
              `Validating the operation took over ${error.ms} ms; the limit is ${error.ms} ms.`,
              { limit: "validationTimeoutMs", max: error.ms },
            ),
          ];
        }
      });
      if (!hideSuggestions) return;
      return ({ result, setResult }) => setResult(result.map(withoutSuggestions));
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
        // Aborting stops the executor starting any further resolver (store call) once the client
        // has its TIMEOUT; the request's own signal (the client went away) does the same. One
        // controller for both, the request's signal linked by a listener removed at the end
        // (cheaper than AbortSignal.any per request).
        const controller = new AbortController();
        const signal = controller.signal;
        const upstream = (execArgs as { signal?: AbortSignal }).signal;
        const onUpstreamAbort = () => controller.abort(upstream?.reason);
        if (upstream?.aborted) onUpstreamAbort();
        else upstream?.addEventListener("abort", onUpstreamAbort, { once: true });
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            controller.abort(new Error(`timed out after ${limits.timeoutMs} ms`));
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
            });
          }, limits.timeoutMs);
        });
        // Store calls made for this operation see the signal too (runWithSignal): a store method
        // running several queries stops between them once the operation is abandoned.
        const run = Promise.resolve(
          runWithSignal(signal, () => executeFn({ ...execArgs, signal } as typeof execArgs)),
        );
        // The aborted run rejects with the abort reason after the answer has gone: nobody waits on it.
        run.catch(() => undefined);
        try {
          return (await Promise.race([run, timeout])) as ExecutionResult;
        } finally {
          clearTimeout(timer);
          upstream?.removeEventListener("abort", onUpstreamAbort);
        }
      });
      if (limits.introspection) return;
      return {
        onExecuteDone({ result, setResult }) {
          // Variable values are checked while executing: "Value "X" does not exist ... Did you mean".
          if (!("errors" in result) || !result.errors) return;
          setResult({ ...result, errors: result.errors.map(withoutSuggestions) });
        },
      };
    },
  };
}
