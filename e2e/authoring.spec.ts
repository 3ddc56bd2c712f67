/**
 * Authoring round trip: open the authoring page, see the template previewed, test the solution,
 * the starter and the cases through the checker, break the JSON and see the mistake by field, fix
 * it, change the title and see the preview follow, then download the file and read it back.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

test("write, test, preview and download an exercise", async ({ app, page }) => {
  await app.goto("#/author");
  const authoring = page.getByTestId("authoring");
  const json = authoring.getByRole("textbox", { name: "Exercise JSON" });
  await expect(authoring.getByTestId("author-valid")).toBeVisible();
  const preview = authoring.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { level: 1, name: "Two pings at once" })).toBeVisible();
  // The preview's buttons look as on the exercise page: Run and Check in their colours, not plain.
  const background = (name: string) =>
    preview
      .getByRole("toolbar", { name: "Program" })
      .getByRole("button", { name, exact: true })
      .evaluate((button) => getComputedStyle(button).backgroundColor);
  const plain = await background("Stop");
  expect(await background("Run")).not.toBe(plain);
  expect(await background("Check")).not.toBe(plain);

  await app.waitForPython();
  await authoring.getByRole("button", { name: "Test solution, starter and cases" }).click();
  const rows = authoring.getByTestId("author-results").locator("tbody tr");
  await expect(rows).toHaveCount(4, { timeout: 90_000 });
  await expect(
    authoring.getByRole("button", { name: "Test solution, starter and cases" }),
  ).toBeEnabled({
    timeout: 90_000,
  });
  await expect(rows.and(page.locator('[data-ok="true"]'))).toHaveCount(4);
  // Test's checks are not the preview's: no solved badge, no verdict, nothing in its console.
  await expect(preview.getByTestId("solved-badge")).toHaveCount(0);
  await expect(preview.getByTestId("verdict")).toHaveCount(0);
  // No column heading breaks inside a word ("Expect" / "ed"): a heading has no more lines than words.
  const brokenHeadings = await authoring
    .getByTestId("author-results")
    .getByRole("columnheader")
    .evaluateAll((headings) =>
      headings
        .filter((heading) => {
          const range = document.createRange();
          range.selectNodeContents(heading);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          return lines > (heading.textContent ?? "").trim().split(/\s+/).length;
        })
        .map((heading) => heading.textContent),
    );
  expect(brokenHeadings).toEqual([]);
  // The sequential case fails the timing check and gets its targeted hint.
  const sequential = rows.and(page.locator('[data-attempt="wrong-sequential.py"]'));
  await expect(sequential).toContainText("elapsed");
  await expect(sequential).toContainText("one-after-another");

  const original = await json.inputValue();
  await json.fill(original.replace('"difficulty": "easy"', '"difficulty": "tricky"'));
  const errors = authoring.getByTestId("author-errors");
  await expect(errors.getByText("difficulty", { exact: true })).toBeVisible();

  const renamed = original.replace('"en": "Two pings at once"', '"en": "Two pings, together"');
  await json.fill(renamed);
  await expect(authoring.getByTestId("author-valid")).toBeVisible();
  await expect(
    preview.getByRole("heading", { level: 1, name: "Two pings, together" }),
  ).toBeVisible();

  const download = page.waitForEvent("download");
  await authoring.getByRole("button", { name: "Download JSON" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("two-pings.json");
  const saved = JSON.parse(readFileSync(await file.path(), "utf8")) as { title: { en: string } };
  expect(saved.title.en).toBe("Two pings, together");
});

test("an exercise of the course opens with its test cases", async ({ app, page }) => {
  await app.goto("#/author/gather-basics");
  const authoring = page.getByTestId("authoring");
  await expect(authoring.getByRole("textbox", { name: "Exercise JSON" })).toHaveValue(
    /"id": "gather-basics"/,
  );
  // Its cases come from exercises/asyncio-basics/gather-basics.cases/.
  const names = authoring.getByRole("group", { name: "Test cases" }).getByLabel("Case name");
  await expect(names.first()).toHaveValue(/^[\w-]+\.py$/);
  expect(await names.count()).toBeGreaterThan(1);
});
