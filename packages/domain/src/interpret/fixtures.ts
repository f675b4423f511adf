import { buildLexicon, type LexiconFinding } from "./lexicon";

/**
 * A small lexicon for the interpreter's tests, written like the curated graph (ids mirror it) so
 * the tests do not move when the graph does.
 */
// One finding a row: data, alike in shape to each other; no logic repeats.
export const TEST_FINDINGS: LexiconFinding[] = [
  { id: "low-back-pain", name: "Lower back pain", aliases: ["low back pain", "back pain", "backache"] },
  { id: "aching-pain", name: "Aching pain", aliases: ["aching", "dull ache"] },
  { id: "severe-pain", name: "Severe back pain", aliases: ["acute pain", "sharp pain", "unbearable pain"] },
  {
    id: "right-sided-pain",
    name: "Right-sided back pain",
    aliases: ["right flank pain", "pain on the right side"],
  },
  {
    id: "unilateral-pain",
    name: "Unilateral back pain",
    aliases: ["one-sided back pain", "pain on one side"],
  },
  { id: "bilateral-pain", name: "Bilateral back pain", aliases: ["pain on both sides"] },
  { id: "fever", name: "Fever", aliases: ["pyrexia", "raised temperature"] },
  { id: "rigors", name: "Rigors", aliases: ["shaking chills"] },
  { id: "hypothermia-history", name: "Recent chilling (hypothermia, draft)", aliases: ["chilling"] },
  { id: "dysuria", name: "Painful urination", aliases: ["dysuria", "burning on urination"] },
  { id: "frequent-urination", name: "Frequent urination", aliases: ["urinary frequency"] },
  { id: "vomiting", name: "Vomiting", aliases: [] },
  { id: "nausea", name: "Nausea", aliases: ["feeling sick"] },
  {
    id: "bloody-discharge",
    name: "Bloody vaginal discharge or spotting",
    aliases: ["vaginal bleeding", "spotting"],
  },
  {
    id: "fluid-discharge",
    name: "Sudden discharge of fluid from the vagina",
    aliases: ["gush of fluid", "leaking fluid"],
  },
  { id: "relieved-by-lying-down", name: "Relieved by lying down or rest", aliases: ["eased by lying down"] },
  {
    id: "not-relieved-by-rest",
    name: "Not relieved by rest or position",
    aliases: ["nothing relieves the pain"],
  },
  { id: "no-radiation", name: "Pain does not radiate", aliases: ["non-radiating pain"] },
  { id: "radiates-to-leg", name: "Pain radiating to the leg and buttock", aliases: ["sciatic pain"] },
  { id: "soft-abdomen", name: "Abdomen soft and painless", aliases: ["non-tender abdomen"] },
  { id: "urinary-retention", name: "Urinary retention", aliases: [], layName: "cannot pass urine" },
  {
    id: "saddle-anaesthesia",
    name: "Saddle (perineal) anaesthesia",
    aliases: [],
    layName: "numbness between the legs",
  },
  { id: "leg-numbness", name: "Leg numbness or tingling", aliases: ["numb legs", "paraesthesia"] },
  { id: "cva-tenderness", name: "Costovertebral (renal) angle tenderness", aliases: [] },
  { id: "raised-blood-pressure", name: "Raised blood pressure", aliases: [] },
  { id: "severe-hypertension", name: "Severe hypertension", aliases: [] },
  { id: "maternal-tachycardia", name: "Maternal tachycardia", aliases: [], layName: "racing heart" },
  { id: "uterine-contractions", name: "Uterine contractions", aliases: ["contractions"] },
  { id: "previous-miscarriage", name: "Previous miscarriage", aliases: ["history of miscarriage"] },
  { id: "reduced-fetal-movements", name: "Reduced fetal movements", aliases: [] },
];

/** Words of other nodes: known to the interpreter, never corrected into a finding. */
export const TEST_OTHER_TEXTS = ["Heat packs", "Paracetamol", "Urine culture", "Pyelonephritis"];

export const testLexicon = () => buildLexicon(TEST_FINDINGS, TEST_OTHER_TEXTS);
