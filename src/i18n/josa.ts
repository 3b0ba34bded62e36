// Korean particles (조사) chosen from how the word before them ends when read aloud: 을/를,
// 이/가, 은/는, 과/와, 으로/로. Catalogue templates write `{^을}` after a placeholder; the
// catalogue fills it from that placeholder's value, so no message shows `을(를)`.

type Ending = "none" | "rieul" | "other";

/** How a digit is read (영 일 이 삼 사 오 육 칠 팔 구): its final consonant. */
const DIGIT: Ending[] = [
  "other",
  "rieul",
  "none",
  "other",
  "none",
  "none",
  "other",
  "rieul",
  "rieul",
  "none",
];

/** A Latin letter's name as Koreans read it (엘, 엠, 엔, 알 end in a consonant). */
function letterName(letter: string): Ending {
  if (letter === "l" || letter === "r") return "rieul";
  return letter === "m" || letter === "n" ? "other" : "none";
}

/** The final sound of a word as read in Korean: none, ㄹ, or another consonant. */
export function ending(word: string): Ending {
  const m = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(word);
  if (!m) return "none";
  const run = m[1]!;
  const last = run.at(-1)!;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? "none" : jong === 8 ? "rieul" : "other";
  }
  if (/\d/.test(last)) return DIGIT[Number(last)]!;
  const latin = /[A-Za-z]+$/.exec(run)?.[0];
  if (!latin) return "none";
  // An acronym (IAM, STS, SSO) is read letter by letter; a word by how it sounds.
  if (latin.length <= 5 && latin === latin.toUpperCase()) return letterName(last.toLowerCase());
  const lower = latin.toLowerCase();
  if (lower.endsWith("ng") || /[mn]$/.test(lower)) return "other";
  return lower.endsWith("l") ? "rieul" : "none";
}

const FORMS: Record<string, [consonant: string, vowel: string]> = {
  "을": ["을", "를"],
  "이": ["이", "가"],
  "은": ["은", "는"],
  "과": ["과", "와"],
  "으로": ["으로", "로"],
};

/** The particle `marker` (written with its after-a-consonant form) that fits after `word`. */
export function particle(word: string, marker: string): string {
  const forms = FORMS[marker];
  if (!forms) return marker;
  const end = ending(word);
  if (marker === "으로") return end === "other" ? forms[0] : forms[1];
  return end === "none" ? forms[1] : forms[0];
}
