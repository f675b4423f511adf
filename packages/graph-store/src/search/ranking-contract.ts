import type { NodeKind } from "@bpx/domain";

/** One row of the ranking contract: a text, and what must come first. */
export interface RankingRow {
  text: string;
  kinds?: NodeKind[];
  /** Any of these first (alternatives where issue 11 may keep or merge a node). */
  top: string[];
  /** Never among the first ten. */
  notIn?: string[];
  /** Issue 11 ids the row needs: it is skipped, saying so, until they are in the graph, then must pass. */
  waitsFor?: string[];
  /** The score the first hit must have (1 for an exact name, alias or lay name). */
  score?: number;
}

/**
 * The search ranking every engine must give on the curated graph (phrase -> expected first hit).
 * The embedded engine runs it now; phase B runs it on Neo4j's full-text index too.
 */
export const RANKING_CONTRACT: readonly RankingRow[] = [
  { text: "FEVER", kinds: ["FINDING"], top: ["fever"], score: 1 },
  { text: "x-ray", top: ["radiography"], score: 1 },
  { text: "no-shpa", top: ["drotaverine"], score: 1 },
  { text: "dysuria", top: ["dysuria"] },
  { text: "painful urination", top: ["dysuria"], score: 1 },
  { text: "pyelonefritis", top: ["pyelonephritis"] },
  { text: "lower back pian", kinds: ["FINDING"], top: ["low-back-pain"] },
  { text: "acute lower back pain", top: ["low-back-pain"] },
  { text: "aching lower back pain", kinds: ["FINDING"], top: ["low-back-pain"] },
  { text: "pain relieved by lying down", top: ["relieved-by-lying-down"] },
  { text: "PV bleeding", kinds: ["FINDING"], top: ["bloody-discharge"] },
  { text: "haematuria", kinds: ["FINDING"], top: ["haematuria", "dark-bloody-urine"], score: 1 },
  { text: "hematuria", kinds: ["FINDING"], top: ["haematuria", "dark-bloody-urine"], score: 1 },
  { text: "labor", top: ["labour-onset"], score: 1 },
  { text: "magnesium sulphate", top: ["magnesium-sulfate"], score: 1 },
  { text: "orthopaedic mattress", top: ["orthopedic-mattress"] },
  { text: "right flank pain", kinds: ["FINDING"], top: ["right-sided-pain"], score: 1 },
  { text: "left flank pain", kinds: ["FINDING"], top: [], notIn: ["right-sided-pain"] },
  { text: "acetaminophen", top: ["paracetamol"], score: 1 },
  { text: "kidney stones", top: ["urolithiasis"], score: 1 },
  { text: "UTI", top: ["cystitis", "pyelonephritis"], notIn: ["menovazin"], waitsFor: ["cystitis"] },
  { text: "UTI", top: [], notIn: ["menovazin"] },
  { text: "chills", top: ["rigors"], waitsFor: ["rigors"] },
  { text: "rigors", top: ["rigors"], waitsFor: ["rigors"] },
  { text: "vomiting", top: ["vomiting"], waitsFor: ["vomiting"] },
  { text: "vomitting", kinds: ["FINDING"], top: ["vomiting"], waitsFor: ["vomiting"] },
  {
    text: "groin",
    kinds: ["FINDING"],
    top: ["groin-pain", "groin-radiation"],
    waitsFor: ["groin-pain", "groin-radiation"],
  },
  { text: "CVA tenderness", top: ["cva-tenderness"], waitsFor: ["cva-tenderness"] },
  { text: "urine culture", top: ["urine-culture"], waitsFor: ["urine-culture"] },
  { text: "saddle anesthesia", top: ["saddle-anaesthesia"], waitsFor: ["saddle-anaesthesia"] },
  {
    text: "reduced foetal movements",
    top: ["reduced-fetal-movements"],
    waitsFor: ["reduced-fetal-movements"],
  },
  { text: "RLQ pain", top: ["rlq-pain"], waitsFor: ["rlq-pain"] },
  { text: "PPROM", top: ["pprom"], waitsFor: ["pprom"] },
  { text: "placenta previa", top: ["placenta-praevia"], waitsFor: ["placenta-praevia"] },
  { text: "zzzz-qqqq", top: [] },
];
