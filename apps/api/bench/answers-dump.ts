// Every answer of 2,500 differentials, for checking that a performance change leaves them
// byte-identical: the 18 vignettes, 1,482 cases of the distinct HTTP run and 1,000 random cases
// over every finding, each as runDifferential's JSON and as two GraphQL answers (the distinct
// run's selection and one selecting every field). Run it before and after, then compare:
//   node --import tsx bench/answers-dump.ts /tmp/before.txt   (then /tmp/after.txt; cmp the two)
import { writeFileSync } from "node:fs";
import type { DifferentialInput } from "@bpx/domain";
import { DEFAULT_GRAPH_DIR, openCuratedStore, readGraph } from "@bpx/graph-store";
import { runDifferential } from "@bpx/schema";
import { createApiYoga } from "../src/create-yoga";
import { randomCases } from "../src/random-cases";
import { toDifferentialInput, VIGNETTES } from "../src/vignettes";
import { caseAt, QUERY } from "./distinct-bench";

const EV = "evidence { quote verbatim textKind section source { id title } }";
const CONTRIB = `finding { id name } present weight likelihoodRatio linkLikelihoodRatio discount origin statsSource { id } clamped frequency evoking ${EV}`;
const SAFETY =
  "level conflict headlineRank gestationalWeek statements { level rank weekFrom weekTo note quote source { id } viaClass { id } counted dissents } dissent { level rank source { id } counted dissents } sources { source { id } }";
const FULL = `query($input: DifferentialInput!) { differential(input: $input) { gestationalWeek trimester otherProbability omittedProbability
 candidates { rank probability prior condition { id name } urgency inWindow capped supporting { ${CONTRIB} } opposing { ${CONTRIB} } raisers(first: 5) { finding { id } likelihoodRatio origin frequency evoking } }
 redFlags { id message urgency trigger conditions { id } findings { id } ${EV} }
 dontMiss { condition { id } urgency probability rank reasons { kind ruleId threshold message } findings { finding { id } likelihoodRatio ruleIds ${EV} } ruleOut { text diagnostics { id } findings { id } ${EV} } }
 nextFindings { finding { id name } expectedInformationGain separates { id } }
 suggestedDiagnostics { diagnostic { id name } usefulness evaluates { id } safety { ${SAFETY} } warning saferAlternatives { id } }
 treatmentSafety { subject { id name } conditions { id } safety { ${SAFETY} } } } }`;

const out = process.argv[2];
if (!out) throw new Error("usage: answers-dump.ts <output file>");
const store = await openCuratedStore();
const yoga = createApiYoga({ store, logging: false });
const bundle = await readGraph(DEFAULT_GRAPH_DIR);
const findings = bundle.nodes.filter((n) => n.kind === "FINDING").map((n) => n.id);
const names = new Map(bundle.nodes.map((n) => [n.id, String(n.props.name)]));
const cases: DifferentialInput[] = VIGNETTES.map(toDifferentialInput);
for (let i = 5_000_000; cases.length < 1500; i++) {
  const c = caseAt(i);
  if (c) cases.push(c);
}
cases.push(...randomCases(findings, 2500 - cases.length, { seed: 7, spread: 8 }));
const lines: string[] = [];
for (const input of cases) {
  const nm = Object.fromEntries(
    [...input.present, ...input.absent].map((id) => [id, names.get(id) as string]),
  );
  const { result } = await runDifferential(store, input, nm);
  lines.push(JSON.stringify(result));
  for (const query of [QUERY, FULL]) {
    const res = await yoga.fetch("http://g/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables: { input } }),
    });
    lines.push(await res.text());
  }
}
writeFileSync(out, lines.join("\n"));
console.log(
  `${cases.length} cases, ${lines.length} lines, errors: ${lines.filter((l) => l.includes('"errors"')).length}`,
);
await store.close();
