import { GRAPHQL_ENDPOINT } from "../api/graphql";
import { toOperationName } from "../api/operation-name";
import { CaseGraphDocument, DifferentialDocument } from "./case-queries";
import type { CaseState } from "./case-state";
import { toDifferentialVariables } from "./case-variables";

/** JSON that is safe inside an inline `<script>`: no `</script>`, no line separators JS rejects. */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The inline script a shared case link's page carries (with the request's CSP nonce): as soon as
 * the HTML is parsed it asks for the differential, and then for the case graph of its candidates,
 * instead of waiting for the page's scripts to load and hydrate (500-900 ms on a cold load here).
 * Each response is left in `window.__bpxEarly` (src/api/early.ts), where the page's queries take
 * them: the same operation, the same variables (one function builds them, case-variables.ts), the
 * same same-origin proxy and cookies, so the API sees the same requests, only earlier. Null when
 * the case has nothing to rank. Plain ES5: it runs before, and apart from, the page's bundles.
 */
export function toEarlyCaseScript(state: CaseState): string | null {
  const variables = toDifferentialVariables(state);
  if (variables === null) return null;
  const config = {
    endpoint: GRAPHQL_ENDPOINT,
    differential: {
      name: toOperationName(DifferentialDocument),
      query: DifferentialDocument.toString(),
      variables,
    },
    graph: {
      name: toOperationName(CaseGraphDocument),
      query: CaseGraphDocument.toString(),
      expand: state.expand,
      week: state.week,
    },
  };
  return `(function () {
  var config = ${toScriptJson(config)};
  var early = (window.__bpxEarly = window.__bpxEarly || []);
  function post(name, query, variables) {
    var response = fetch(config.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: query, variables: variables }),
      credentials: "same-origin"
    });
    response.catch(function () {});
    early.push({ name: name, variables: variables, response: response });
    return response;
  }
  var d = config.differential;
  var g = config.graph;
  post(d.name, d.query, d.variables)
    .then(function (response) { return response.ok ? response.clone().json() : null; })
    .then(function (body) {
      var differential = body && body.data && body.data.differential;
      var candidates = differential ? differential.candidates : [];
      if (!candidates || candidates.length === 0) return;
      post(g.name, g.query, {
        candidates: candidates.map(function (c) { return c.condition.id; }),
        expand: g.expand,
        hasExpand: g.expand.length > 0,
        week: g.week
      });
    })
    .catch(function () {});
})();`;
}
