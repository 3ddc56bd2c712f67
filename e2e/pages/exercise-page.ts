/**
 * Page object: an open exercise, its editor, run controls and console. Waits are on app state
 * (data-state / data-run-id / data-outcome attributes), never on time.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { HelpPanels } from "./help-panels";
import { TimelinePanel } from "./timeline-panel";
import { VerdictPanel } from "./verdict-panel";

export class ExercisePage {
  readonly editor: Locator;
  readonly runButton: Locator;
  readonly checkButton: Locator;
  readonly stopButton: Locator;
  readonly resetButton: Locator;
  readonly console: Locator;
  readonly output: Locator;
  readonly summary: Locator;
  readonly verdict: VerdictPanel;
  readonly help: HelpPanels;
  readonly timeline: TimelinePanel;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId("code-editor");
    const toolbar = page.getByRole("toolbar", { name: "Program" });
    this.runButton = toolbar.getByRole("button", { name: "Run" });
    this.checkButton = toolbar.getByRole("button", { name: "Check" });
    this.stopButton = toolbar.getByRole("button", { name: "Stop" });
    this.resetButton = toolbar.getByRole("button", { name: "Reset code" });
    this.console = page.getByRole("region", { name: "Console" });
    this.output = page.getByTestId("console-output");
    this.summary = page.getByTestId("run-summary");
    this.verdict = new VerdictPanel(page);
    this.help = new HelpPanels(page);
    this.timeline = new TimelinePanel(page);
  }

  async waitForEditor(): Promise<void> {
    await expect(this.editor).toHaveAttribute("data-state", "ready");
  }

  /**
   * Replaces the editor's text as a learner would: select all, then type. Monaco auto-indents after
   * a line ending in ":" even for inserted text, so test programs avoid indented blocks.
   */
  async replaceCode(code: string): Promise<void> {
    await this.waitForEditor();
    await this.editor.getByRole("textbox").focus();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.insertText(code);
  }

  /**
   * Replaces the editor's text by pasting it from the clipboard, as a learner pasting a whole
   * program would: unlike typing, a paste keeps indented blocks exactly as they are. Needs the
   * clipboard permissions (see {@link grantClipboard}).
   */
  async pasteCode(code: string): Promise<void> {
    await this.waitForEditor();
    await this.page.evaluate((text) => navigator.clipboard.writeText(text), code);
    await this.editor.getByRole("textbox").focus();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("ControlOrMeta+V");
  }

  /** Lets the page write to and paste from the clipboard (for {@link pasteCode}). */
  async grantClipboard(): Promise<void> {
    await this.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  }

  private async runCount(): Promise<number> {
    return Number(await this.console.getAttribute("data-run-id"));
  }

  /** Presses Run and waits until that run is under way (it may already have finished). */
  async startRun(): Promise<number> {
    return this.start(this.runButton);
  }

  /** Presses Check and waits until the check is under way (it may already have finished). */
  async startCheck(): Promise<number> {
    return this.start(this.checkButton);
  }

  private async start(button: Locator): Promise<number> {
    const before = await this.runCount();
    await expect(button).toBeEnabled({ timeout: 90_000 });
    await button.click();
    await expect(this.console).toHaveAttribute("data-run-id", String(before + 1));
    return before + 1;
  }

  /** Presses Check and waits for the verdict (or another ending); returns how it ended. */
  async check(): Promise<string> {
    await this.startCheck();
    await expect(this.console).toHaveAttribute("data-state", "idle", { timeout: 90_000 });
    return (await this.console.getAttribute("data-outcome")) ?? "none";
  }

  /** Lines the editor marks (where failing checks point), as the editor reports them. */
  async markedLines(): Promise<string> {
    return (await this.editor.getAttribute("data-markers")) ?? "";
  }

  /** Presses Run and waits for the run to end; returns how it ended. */
  async run(): Promise<string> {
    await this.startRun();
    await expect(this.console).toHaveAttribute("data-state", "idle");
    return (await this.console.getAttribute("data-outcome")) ?? "none";
  }

  /** Presses Reset code and confirms in the dialog it opens. */
  async resetCode(): Promise<void> {
    await this.resetButton.click();
    const dialog = this.page.getByRole("dialog", { name: "Reset the code to the starter?" });
    await dialog.getByRole("button", { name: "Reset", exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async stop(): Promise<void> {
    await this.stopButton.click();
    await expect(this.console).toHaveAttribute("data-state", "idle");
  }
}
