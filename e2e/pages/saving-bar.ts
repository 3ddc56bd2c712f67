/** Page object: the notice shown when work is not being saved, and export / import of work. */
import { expect, type Download, type Locator, type Page } from "@playwright/test";

export class SavingBar {
  /** The alert saying work is not saved (absent while saving works). */
  readonly problem: Locator;

  constructor(readonly page: Page) {
    this.problem = page.getByTestId("save-problem");
  }

  /** Fills the site's localStorage with other data until the browser refuses more. */
  async fillStorage(): Promise<number> {
    return this.page.evaluate(() => {
      let size = 1 << 20;
      let keys = 0;
      while (size >= 16) {
        try {
          localStorage.setItem(`filler-${keys}`, "x".repeat(size));
          keys += 1;
        } catch {
          size = Math.floor(size / 2);
        }
      }
      return keys;
    });
  }

  /** Removes what fillStorage added. */
  async freeStorage(): Promise<void> {
    await this.page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith("filler-")) localStorage.removeItem(key);
    });
  }

  /** The app's saved state, as stored now. */
  async stored(): Promise<{ state: { code: Record<string, string> } } | null> {
    const text = await this.page.evaluate(() => localStorage.getItem("interleave"));
    return text === null ? null : (JSON.parse(text) as { state: { code: Record<string, string> } });
  }

  /** Clicks an export button and returns the downloaded file's text. */
  async export(button: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), button.click()]);
    return { name: download.suggestedFilename(), text: await readDownload(download) };
  }

  /**
   * Clicks "Try saving again" unless the app saved by itself first (it retries at every change of
   * its state, so the notice may go before the click lands).
   */
  async retry(): Promise<void> {
    const button = this.problem.getByRole("button", { name: "Try saving again" });
    await button.click({ timeout: 5_000 }).catch(async (error: unknown) => {
      if ((await this.problem.count()) > 0) throw error;
    });
  }

  async expectSaving(): Promise<void> {
    await expect(this.problem).toHaveCount(0);
  }
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
