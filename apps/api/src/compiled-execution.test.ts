import { createContext, createSchema } from "@bpx/schema";
import { parse } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import { afterAll, describe, expect, it } from "vitest";
import { QUERY as DISTINCT_QUERY } from "../bench/distinct-bench";
import { isCompiledDifferential, useCompiledDifferential } from "./compiled-execution";
import { createApiYoga } from "./create-yoga";
import { createTestStore } from "./test-helpers";
import { toDifferentialInput, VIGNETTES } from "./vignettes";

const store = await createTestStore();
afterAll(() => store.close());
const compiled = createApiYoga({ store, logging: false });
const interpreted = createApiYoga({ store, logging: false, compiledDifferential: false });

async function answer(yoga: typeof compiled, body: unknown) {
  const res = await yoga.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return `${res.status} ${await res.text()}`;
}

const WITH_FIRST = /* GraphQL */ `query($input: DifferentialInput!, $first: Int) {
  differential(input: $input) { candidates { rank condition { id } raisers(first: $first) { finding { id } } } } }`;

describe("which operations run compiled", () => {
  it.each([
    ['{ differential(input: { present: ["fever"] }) { otherProbability } }', true],
    ['{ __typename a: differential(input: { present: ["fever"] }) { otherProbability } }', true],
    [
      '{ differential(input: { present: ["fever"] }) { candidates { condition { ... on Condition { urgency } } } } }',
      false,
    ],
    [
      '{ differential(input: { present: ["fever"] }) { ...D } } fragment D on Differential { otherProbability }',
      false,
    ],
    [
      '{ differential(input: { present: ["fever"] }) { otherProbability } search(text: "fever") { score } }',
      false,
    ],
    ['{ search(text: "fever") { score } }', false],
  ])("%s -> %s", (query, expected) => {
    expect(isCompiledDifferential(parse(query))).toBe(expected);
  });

  it("picks the named operation", () => {
    const document = parse(
      'query A { search(text: "x") { score } } query B { differential(input: { present: ["fever"] }) { trimester } }',
    );
    expect(isCompiledDifferential(document, "A")).toBe(false);
    expect(isCompiledDifferential(document, "B")).toBe(true);
  });

  it("a differential query is answered by the compiled executor, a search is not", async () => {
    // graphql-jit hands its own serialiser along with every result it produces.
    const seen: boolean[] = [];
    const probe: Plugin = {
      onExecute: () => ({
        onExecuteDone: ({ result }) => {
          seen.push(typeof (result as { stringify?: unknown }).stringify === "function");
        },
      }),
    };
    const yoga = createYoga({
      schema: createSchema(),
      context: () => createContext(store),
      logging: false,
      plugins: [useCompiledDifferential(), probe],
    });
    const body = (query: string) => ({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    await yoga.fetch(
      "http://test/graphql",
      body('{ differential(input: { present: ["fever"] }) { trimester } }'),
    );
    await yoga.fetch("http://test/graphql", body('{ search(text: "fever") { score } }'));
    expect(seen).toEqual([true, false]);
  });
});

describe("compiled and graphql-js answers are byte-identical", () => {
  it("for the vignettes, with the distinct-case benchmark's selection", async () => {
    for (const v of VIGNETTES) {
      const body = {
        query: DISTINCT_QUERY,
        variables: { input: toDifferentialInput(v) },
      };
      const expected = await answer(interpreted, body);
      expect(expected.startsWith('200 {"data"')).toBe(true);
      expect(await answer(compiled, body)).toBe(expected);
    }
  });

  it.each([
    ["a resolver's BAD_USER_INPUT", { input: { present: ["no-such-finding"] } }],
    ["a nested field's BAD_USER_INPUT", { input: { present: ["fever"] }, first: 0 }],
    ["an out-of-range week", { input: { present: ["fever"], gestationalWeek: 99 } }],
    ["a variable of the wrong type", { input: { present: ["fever"], gestationalWeek: "12" } }],
    ["a null in a list of ids", { input: { present: [null] } }],
    ["an unknown input field", { input: { present: ["fever"], extra: 1 } }],
    ["a missing variable", {}],
  ])("for %s", async (_, variables) => {
    const body = { query: WITH_FIRST, variables };
    const expected = await answer(interpreted, body);
    expect(expected).toContain("BAD_USER_INPUT");
    expect(await answer(compiled, body)).toBe(expected);
  });

  it("for aliases, __typename and skipped fields", async () => {
    for (const query of [
      '{ __typename a: differential(input: { present: ["fever"] }) { otherProbability } b: differential(input: { present: ["dysuria"] }) { trimester } }',
      'query($s: Boolean!) { differential(input: { present: ["fever"] }) { otherProbability @include(if: $s) omittedProbability } }',
    ]) {
      const body = { query, variables: { s: false } };
      expect(await answer(compiled, body)).toBe(await answer(interpreted, body));
    }
  });
});
