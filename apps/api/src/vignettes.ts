import type { DifferentialInput } from "@bpx/domain";

/**
 * Clinical vignettes written from the source articles. Each cites the passage it comes from
 * (seed file and words), the condition the passage points to, and the red flags it must raise.
 */
export interface Vignette {
  name: string;
  passage: { seed: string; quote: string };
  present: string[];
  absent?: string[];
  week: number;
  expected: string;
  redFlags?: string[];
}

const S002 = "002_f9cac0e327335adc.txt";

export const VIGNETTES: Vignette[] = [
  {
    name: "fever, painful urination and unilateral back pain at 24 weeks",
    passage: {
      seed: S002,
      quote:
        "Unilateral back pain. In this case, there may be problems with the kidneys (comorbidities / symptoms - colic, cloudy urine, sharp pain when urinating)",
    },
    present: ["fever", "dysuria", "unilateral-pain"],
    week: 24,
    expected: "pyelonephritis",
    redFlags: ["rf-fever-with-kidney-signs"],
  },
  {
    name: "constant aching pain without irradiation, fever, dysuria, no discharge",
    passage: { seed: S002, quote: "the pain is constant, aching, sometimes quite strong;" },
    present: ["constant-aching-pain", "no-radiation", "fever", "dysuria"],
    absent: ["vaginal-discharge"],
    week: 20,
    expected: "pyelonephritis",
    redFlags: ["rf-fever-with-kidney-signs"],
  },
  {
    name: "fever, leukocytes in the urine, dilated pelvicalyceal system",
    passage: {
      seed: S002,
      quote:
        "Fever and leukocytosis in the urine, as well as expansion of the pelvicalyceal complex on ultrasound, indicates the presence of pyelonephritis.",
    },
    present: ["fever", "leukocyturia", "pelvicalyceal-dilation"],
    week: 26,
    expected: "pyelonephritis",
    redFlags: ["rf-fever-with-kidney-signs"],
  },
  {
    name: "severe movement-related pain radiating to leg and buttock, no fever, intact abdomen",
    passage: {
      seed: S002,
      quote: "severe pain, sometimes unbearable, sharply intensifying with the slightest movement;",
    },
    present: [
      "severe-pain",
      "worse-with-movement",
      "radiates-to-leg-buttock",
      "lumbar-tenderness",
      "soft-abdomen",
    ],
    absent: ["fever"],
    week: 30,
    expected: "osteochondrosis",
  },
  {
    name: "pain aggravated by activity with normal tests",
    passage: {
      seed: S002,
      quote:
        "If there are acute pains in the lower back, aggravated by physical activity, with no changes in the analyzes, pathology of the spine should be assumed.",
    },
    present: ["worse-with-movement", "normal-tests"],
    week: 25,
    expected: "osteochondrosis",
  },
  {
    name: "pulling pain, lower abdominal pain, hard uterus, no fever",
    passage: {
      seed: S002,
      quote:
        "This is clearly visible on palpation of the abdomen - the uterus is hard to the touch, sometimes painful when touched by hands.",
    },
    present: ["pulling-pain", "lower-abdominal-pain", "hard-uterus"],
    absent: ["fever"],
    week: 12,
    expected: "uterine-hypertonicity",
    redFlags: ["rf-hard-abdomen"],
  },
  {
    name: "bloody discharge and drawing lower abdominal pain in the first trimester",
    passage: {
      seed: S002,
      quote:
        "These signs (note - in the 1st trimester) require urgent medical attention and most often speak of a threatened miscarriage.",
    },
    present: ["bloody-discharge", "lower-abdominal-pain", "pulling-pain"],
    week: 8,
    expected: "threatened-miscarriage",
    redFlags: ["rf-bleeding-abdominal-pain-first-trimester"],
  },
  {
    name: "the same signs in the third trimester",
    passage: {
      seed: S002,
      quote: "As for the 3rd trimester, such symptoms usually indicate the opening of the uterine os.",
    },
    present: ["bloody-discharge", "lower-abdominal-pain"],
    week: 34,
    expected: "preterm-labour",
    redFlags: ["rf-bleeding-abdominal-pain-third-trimester"],
  },
  {
    name: "regular, increasing contractions with back pain at 30 weeks",
    passage: {
      seed: S002,
      quote:
        "if a woman notices spasms, you should immediately go to the doctor: the cause may be contractions that began before the due date.",
    },
    present: ["regular-increasing-contractions", "low-back-pain"],
    week: 30,
    expected: "preterm-labour",
    redFlags: ["rf-contractions-before-term"],
  },
  {
    name: "irregular contractions that ease with a change of position",
    passage: {
      seed: S002,
      quote:
        "Unlike real contractions, their intensity does not increase over the interval, and the pain often disappears if you change the position of the body.",
    },
    present: ["irregular-contractions", "relieved-by-position-change"],
    week: 36,
    expected: "braxton-hicks",
  },
  {
    name: "mild pain in the coccyx in the first trimester",
    passage: {
      seed: S002,
      quote:
        "A fairly common cause of mild lower back pain in the first trimester is a sharp increase in the level of the hormone relaxin.",
    },
    present: ["mild-pain", "coccyx-pain"],
    week: 8,
    expected: "relaxin-pain",
  },
  {
    name: "irregular aching that subsides lying down after week 20",
    passage: {
      seed: S002,
      quote:
        'Pain of this nature, subsiding after a quiet rest in the "lying" position, usually occurs after the 20th week.',
    },
    present: ["intermittent-pain", "relieved-by-lying-down", "aching-pain"],
    week: 24,
    expected: "postural-back-pain",
  },
  {
    name: "permanent sacral pain at night that rest does not relieve",
    passage: { seed: S002, quote: "Prolonged and frequent (permanent) pain, localized in the sacrum." },
    present: ["sacral-pain", "nocturnal-pain", "not-relieved-by-rest"],
    week: 32,
    expected: "pelvic-girdle-pain",
  },
  {
    name: "shooting pain with leg numbness, easing when the breath is held",
    passage: {
      seed: S002,
      quote:
        "May be accompanied by leg numbness or a tingling sensation. The pain subsides when holding the breath or stopping the movement with the body tilted forward.",
    },
    present: ["shooting-pain", "leg-numbness-tingling", "relieved-by-breath-holding"],
    week: 28,
    expected: "sciatica",
  },
  {
    name: "cramping pain with nausea and urination problems",
    passage: {
      seed: S002,
      quote:
        "With renal colic in the lower back, there is a sharp pain, nausea, problems with urination begin.",
    },
    present: ["cramping-pain", "nausea", "urination-problems"],
    week: 22,
    expected: "urolithiasis",
    redFlags: ["rf-renal-colic"],
  },
  {
    name: "acute pain after a chill, without fever",
    passage: {
      seed: S002,
      quote:
        "Because of the draft and hypothermia, there is acute pain in the lower back during pregnancy. Muscle inflammation occurs - myositis.",
    },
    present: ["hypothermia-history", "severe-pain"],
    absent: ["fever"],
    week: 20,
    expected: "myositis",
  },
  {
    name: "upper back spasms under emotional stress",
    passage: {
      seed: "000_1924258c18d06f89.txt",
      quote: "These emotionally caused back spasms tend to be more in the cervical region (upper back).",
    },
    present: ["back-spasms", "emotional-stress", "upper-back-pain"],
    week: 16,
    expected: "stress-related-spasms",
  },
  {
    name: "back spasms in the third trimester",
    passage: {
      seed: "001_e9f9886e958c0127.txt",
      quote:
        "When they occur in the third trimester, it is important to look for other signs of labor; as the spasms may be a sign of an impending delivery.",
    },
    present: ["back-spasms"],
    week: 30,
    expected: "back-muscle-spasms",
    redFlags: ["rf-spasms-third-trimester"],
  },
];

/** A vignette's findings and week as the differential's input. */
export function toDifferentialInput(v: Vignette): DifferentialInput {
  return { present: v.present, absent: v.absent ?? [], gestationalWeek: v.week };
}
