// Durations in words: a time left as status and the shell prompt show it (its two largest
// units), and a duration as flags take it (`600`, `90s`, `10m`, `1h`). Light: the prompt's fast
// path loads it.
import type { Lang } from "../i18n/phrase.ts";

/** The refresh window when none is given: 10 minutes. */
export const DEFAULT_REFRESH_WINDOW = 600;

/** `600`, `90s`, `10m`, `1h` in seconds; undefined when it is none of these. */
export function durationSeconds(raw: string): number | undefined {
  const m = /^\s*(\d+)\s*(s|m|h)?\s*$/.exec(raw);
  return m ? Number(m[1]) * ({ s: 1, m: 60, h: 3600 }[m[2] ?? "s"] ?? 1) : undefined;
}

/** The two largest units of a duration: `90d`, `2d3h`, `1h05m`, `4m09s`; Korean units in ko. */
export function duration(seconds: number, lang: Lang): string {
  const [d, h, m, s] = [
    Math.floor(seconds / 86400),
    Math.floor((seconds % 86400) / 3600),
    Math.floor((seconds % 3600) / 60),
    seconds % 60,
  ];
  const u = UNITS[lang];
  const two = (n: number) => (lang === "en" ? String(n).padStart(2, "0") : String(n));
  const pair = (a: number, ua: string, b: number, ub: string) =>
    b === 0 ? `${a}${ua}` : `${a}${ua}${lang === "ko" ? " " : ""}${two(b)}${ub}`;
  if (d > 0) return pair(d, u.d, h, u.h);
  if (h > 0) return pair(h, u.h, m, u.m);
  if (m > 0) return pair(m, u.m, s, u.s);
  return `${s}${u.s}`;
}

const UNITS = {
  en: { d: "d", h: "h", m: "m", s: "s" },
  ko: { d: "일", h: "시간", m: "분", s: "초" },
};
