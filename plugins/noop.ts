// noop: gets credentials and delivers nothing (a sign-in check, or a warm-up).
import type { OutputPlugin } from "./types.ts";

export const plugin: OutputPlugin = {
  name: "noop",
  prepare: () => () => Promise.resolve(0),
};
