// Why the browser did not open, in words (not the system's "Failed to spawn ...: entity not
// found"): for the warning of the sign-in flows, which keep the URL and code on screen.
import { type Phrase, phrase } from "../i18n/phrase.ts";

/** The reason of an openUrl() failure, as a catalogue phrase. */
export function browserReason(err: unknown): Phrase {
  if (err instanceof Error && err.name === "BrowserStartError" && "program" in err) {
    const program = String(err.program);
    return "notFound" in err && err.notFound
      ? phrase("reason_no_browser_program", { program })
      : phrase("reason_browser_start", { program });
  }
  return phrase("reason_browser_other", {
    detail: err instanceof Error ? err.message : String(err),
  });
}
