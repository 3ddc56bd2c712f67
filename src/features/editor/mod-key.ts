/**
 * The modifier the editor's Run and Check keys use (Monaco's CtrlCmd): Cmd on Apple systems, Ctrl
 * elsewhere, so the hints under the editor and on the buttons name the key the learner presses.
 */
export type ModKey = "Cmd" | "Ctrl";

/** From the browser's platform (`navigator.userAgentData` where there is one). */
export function modKeyOf(platform: string): ModKey {
  return /mac|iphone|ipad|ipod/i.test(platform) ? "Cmd" : "Ctrl";
}

export const MOD_KEY: ModKey = modKeyOf(
  typeof navigator === "undefined"
    ? ""
    : ((navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData
        ?.platform ?? navigator.platform),
);

/** The same key as `aria-keyshortcuts` spells it. */
export const MOD_KEY_ARIA = MOD_KEY === "Cmd" ? "Meta" : "Control";
