import { expect, type Page } from "@playwright/test";
import { addFinding, firstCandidate, seriousViolations, cleanTest as test } from "./helpers";

/** A realistic note: obstetric history, a week in the usual form, a misspelling read, one not read. */
const NOTE =
  "G2P1 at 28+2/40. Right loin pain and fever with rigors, vomitting and naseua. No vaginal bleeding, denies dysuria.";

function chip(page: Page, id: string) {
  return page.getByTestId("finding-chips").locator(`[data-finding-id="${id}"]`);
}

async function readNote(page: Page, text: string) {
  await page.getByLabel("Clinical note").fill(text);
  await page.getByRole("button", { name: "Read note" }).click();
}

test("a note fills present and absent chips and the week, shows what it read, and offers did-you-mean", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  // A finding entered by hand before the note is kept beside the note's.
  await addFinding(page, "low back pain", "Lower back pain");

  await readNote(page, NOTE);
  await expect(page.getByTestId("note-status")).toContainText(
    "Read 6 findings: 4 present, 2 absent; week 28+2; 1 word not recognised. Added 6 findings to the case. Week set to 28+2.",
  );

  for (const id of ["low-back-pain", "right-sided-pain", "fever", "rigors", "vomiting"]) {
    await expect(chip(page, id)).toHaveClass(/is-present/);
  }
  for (const id of ["bloody-discharge", "dysuria"]) await expect(chip(page, id)).toHaveClass(/is-absent/);
  await expect(
    chip(page, "dysuria").getByRole("button", { name: /Painful urination: absent/ }),
  ).toBeVisible();
  await expect(chip(page, "fever")).toContainText("note");
  await expect(chip(page, "low-back-pain")).not.toContainText("note");
  await expect(page.getByLabel("Gestational week")).toHaveValue("28+2");
  await expect(page.getByTestId("trimester")).toHaveText("3rd trimester");
  await expect(page).toHaveURL(
    /\?present=low-back-pain,right-sided-pain,fever,rigors,vomiting&absent=bloody-discharge,dysuria&week=28&days=2$/,
  );

  // The differential follows: one-sided loin pain with fever and rigors puts pyelonephritis first.
  await expect(firstCandidate(page)).toHaveAttribute("data-condition-id", "pyelonephritis");

  // The note shown back: spans marked present or absent in words, not by colour alone.
  const reading = page.getByTestId("note-reading");
  await expect(reading.locator('[data-finding-id="fever"]')).toHaveAttribute("data-present", "true");
  const bleeding = reading.locator('[data-finding-id="bloody-discharge"]');
  await expect(bleeding).toHaveAttribute("data-present", "false");
  await expect(bleeding).toContainText("✕vaginal bleeding (absent: Bloody vaginal discharge or spotting)");
  await expect(reading.locator('[data-finding-id="vomiting"]')).toContainText("vomitting");
  await expect(reading.locator('[data-unknown-word="naseua"]')).toContainText("(not recognised)");
  await expect(reading).toContainText("28+2/40 (week 28+2)");
  await page.locator(".case-entry").screenshot({ path: testInfo.outputPath("01-note-read.png") });

  // Did you mean: the word offers its finding, added present with one click.
  const unknown = page.getByTestId("note-unknown").locator('[data-word="naseua"]');
  await expect(unknown).toContainText("did you mean “nausea”?");
  await unknown.getByRole("button", { name: /Nausea as present/ }).click();
  await expect(chip(page, "nausea")).toHaveClass(/is-present/);
  await expect(unknown.getByRole("button", { name: /Nausea is entered as present/ })).toBeDisabled();

  // Chips from the note are corrected with the usual controls.
  await chip(page, "dysuria")
    .getByRole("button", { name: /Painful urination: absent/ })
    .click();
  await expect(chip(page, "dysuria")).toHaveClass(/is-present/);
  await chip(page, "rigors").getByRole("button", { name: "Remove Rigors" }).click();
  await expect(chip(page, "rigors")).toHaveCount(0);
  await expect(page).toHaveURL(
    /present=low-back-pain,right-sided-pain,fever,vomiting,nausea,dysuria&absent=bloody-discharge&week=28&days=2$/,
  );

  // Reading again keeps the corrections and says so instead of undoing them.
  await page.getByRole("button", { name: "Read note" }).click();
  await expect(page.getByTestId("note-status")).toContainText(
    "Added 1 finding to the case. Painful urination is entered as present but the note reads it absent: kept as entered.",
  );
  await expect(chip(page, "dysuria")).toHaveClass(/is-present/);
  await expect(chip(page, "rigors")).toHaveClass(/is-present/);

  expect(await seriousViolations(page)).toEqual([]);

  // A reload keeps the note and shows its reading again, without adding its findings twice.
  const url = page.url();
  await page.reload();
  await expect(page.getByLabel("Clinical note")).toHaveValue(NOTE);
  await expect(page.getByTestId("note-reading").locator('[data-unknown-word="naseua"]')).toBeVisible();
  expect(page.url()).toBe(url);
  await expect(page.getByLabel("Gestational week")).toHaveValue("28+2");

  // Clear case drops the note with the findings.
  await page.getByRole("button", { name: "Clear case" }).click();
  await expect(page.getByLabel("Clinical note")).toHaveValue("");
  await expect(page.getByTestId("note-reading")).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Clinical note")).toHaveValue("");
});

test("a note's refused week shows the API's message and leaves the week as it was", async ({ page }) => {
  await page.goto("/?present=low-back-pain&week=30");
  await readNote(page, "At 45 weeks, back pain.");
  await expect(page.getByTestId("note-status")).toContainText(
    '"45 weeks" is outside weeks 1-42; no gestational week was taken.',
  );
  await expect(page.getByTestId("note-warnings")).toContainText('"45 weeks" is outside weeks 1-42');
  await expect(page.getByTestId("note-reading")).toContainText("45 weeks (week refused)");
  await expect(page.getByLabel("Gestational week")).toHaveValue("30");
  await expect(page).toHaveURL(/week=30$/);
});

test("a note with only absent findings is entered without asking for a differential", async ({ page }) => {
  await page.goto("/");
  await readNote(page, "No fever, denies dysuria.");
  await expect(chip(page, "fever")).toHaveClass(/is-absent/);
  await expect(chip(page, "dysuria")).toHaveClass(/is-absent/);
  await expect(page.getByRole("heading", { name: "Start with what the patient has" })).toBeVisible();
  await expect(page.getByText("Could not rank the differential")).toHaveCount(0);
  await expect(page.getByText("Could not read the note")).toHaveCount(0);
});

test("the week field takes 24+3 and refuses 45 with a message, never using week 4", async ({ page }) => {
  await page.goto("/?present=low-back-pain");
  const week = page.getByLabel("Gestational week");

  await week.fill("24+3");
  await expect(page.getByTestId("trimester")).toHaveText("2nd trimester");
  await expect(page).toHaveURL(/\?present=low-back-pain&week=24&days=3$/);
  await expect(week).toHaveAttribute("aria-invalid", "false");

  // Typed a key at a time, as the reader did: 4 is a week on the way, 45 is refused.
  await week.fill("");
  await week.pressSequentially("4");
  await expect(page).toHaveURL(/week=4$/);
  await week.pressSequentially("5");
  await expect(week).toHaveValue("45");
  await expect(week).toHaveAttribute("aria-invalid", "true");
  await expect(week).toHaveAccessibleDescription("Week 45 is outside 1–42: no week is used.");
  await expect(page).toHaveURL(/\?present=low-back-pain$/);
  await expect(firstCandidate(page)).toBeVisible();

  await week.fill("24/40");
  await expect(page).toHaveURL(/week=24$/);
  await week.fill("24w3d");
  await expect(page).toHaveURL(/week=24&days=3$/);
  await week.fill("24+9");
  await expect(week).toHaveAccessibleDescription("24+9: days must be 0–6: no week is used.");
  await expect(page).toHaveURL(/\?present=low-back-pain$/);
  expect(await seriousViolations(page)).toEqual([]);
});
