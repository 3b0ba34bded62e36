// noop: gets credentials and delivers nothing (a sign-in check, or a warm-up).
import type { OutputPlugin } from "./types.ts";

export const noopPlugin: OutputPlugin = {
  name: "noop",
  emit: () => Promise.resolve(0),
};
