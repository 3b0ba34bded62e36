// The format-preserving INI editor: string -> string cases, and random files checked against
// the AWS JS SDK's own parser (@smithy/shared-ini-file-loader).
import assert from "node:assert/strict";
import { loadSharedConfigFiles } from "@smithy/shared-ini-file-loader";
import {
  binaryToBytes,
  bytesToBinary,
  fromBinary,
  IniSyntaxError,
  removeSection,
  sectionNames,
  sectionsOf,
  toBinary,
  updateSection,
} from "../src/aws/shared_ini.ts";

const KEYS = {
  aws_access_key_id: "ASIANEW",
  aws_secret_access_key: "s3cr3t/+=",
  aws_session_token: "tok",
};

function update(
  text: string,
  section: string,
  changes: Record<string, string | null> = KEYS,
): string {
  return fromBinary(updateSection(toBinary(text), section, changes));
}

Deno.test("updateSection() adds a section to an empty file", () => {
  assert.equal(
    update("", "dev"),
    "[dev]\naws_access_key_id = ASIANEW\naws_secret_access_key = s3cr3t/+=\naws_session_token = tok\n",
  );
});

Deno.test("updateSection() replaces keys in place and keeps comments, spacing and other keys", () => {
  const before =
    "; top\n[a]\nx=1\n\n[dev]  \n# note\nAWS_ACCESS_KEY_ID   =   OLD\nregion = eu-west-1 # stays\naws_session_token=old\n\n[b]\ny = 2";
  const after = update(before, "dev");
  assert.equal(
    after,
    "; top\n[a]\nx=1\n\n[dev]  \n# note\naws_access_key_id = ASIANEW\nregion = eu-west-1 # stays\naws_session_token = tok\naws_secret_access_key = s3cr3t/+=\n\n[b]\ny = 2",
  );
});

Deno.test("updateSection() keeps a missing final newline and adds the new section after a newline", () => {
  assert.equal(update("[a]\nx = 1", "b", { k: "v" }), "[a]\nx = 1\n\n[b]\nk = v\n");
  assert.equal(update("[a]\nx = 1", "a", { k: "v" }), "[a]\nx = 1\nk = v");
});

Deno.test("updateSection() writes new lines with the file's dominant line ending", () => {
  const before = "[a]\r\nx = 1\r\n[dev]\r\nold = 1\n";
  assert.equal(update(before, "dev", { k: "v" }), "[a]\r\nx = 1\r\n[dev]\r\nold = 1\nk = v\r\n");
  assert.equal(update("[a]\r\nx = 1\r\n", "b", { k: "v" }), "[a]\r\nx = 1\r\n\r\n[b]\r\nk = v\r\n");
});

Deno.test("updateSection() keeps a UTF-8 BOM and never adds one", () => {
  const bom = "\xef\xbb\xbf";
  const out = updateSection(`${bom}[a]\nx = 1\n`, "a", { x: "2" });
  assert.equal(out, `${bom}[a]\nx = 2\n`);
  assert.ok(!updateSection("", "a", { x: "2" }).startsWith(bom));
});

Deno.test("updateSection() passes invalid UTF-8 and NUL bytes outside the section through", () => {
  const bytes = new Uint8Array([
    ...new TextEncoder().encode("[junk]\nv = "),
    0xff,
    0xfe,
    0x00,
    0x0a,
  ]);
  const out = binaryToBytes(updateSection(bytesToBinary(bytes), "dev", { k: "v" }));
  assert.deepEqual(out.subarray(0, bytes.length), bytes);
});

Deno.test("updateSection() replaces a key with its continuation lines and leaves nested values", () => {
  const before =
    "[dev]\naws_session_token = part1\n  part2\ns3 =\n  max_concurrent_requests = 20\n";
  assert.equal(
    update(before, "dev", { aws_session_token: "new" }),
    "[dev]\naws_session_token = new\ns3 =\n  max_concurrent_requests = 20\n",
  );
});

Deno.test("updateSection() deletes keys set to null", () => {
  assert.equal(
    update("[dev]\na = 1\naws_security_token = old\nb = 2\n", "dev", { aws_security_token: null }),
    "[dev]\na = 1\nb = 2\n",
  );
});

Deno.test("updateSection() refuses what botocore rejects, naming the line", () => {
  const cases: [string, number, RegExp][] = [
    ["[a]\nx = 1\n[a]\n", 3, /section \[a\] appears twice/],
    ["[a]\nx = 1\nX = 2\n", 3, /key "x" appears twice/],
    ["x = 1\n[a]\n", 1, /before any \[section\]/],
    ["[a]\njust words\n", 2, /not a \[section\]/],
  ];
  for (const [text, line, reason] of cases) {
    assert.throws(() => update(text, "dev"), (err: unknown) => {
      assert.ok(err instanceof IniSyntaxError);
      assert.equal(err.line, line);
      assert.match(err.message, reason);
      return true;
    });
  }
});

Deno.test("updateSection() rejects profile names and values that would inject INI", () => {
  for (const name of ["a]b", "[x", "a=b", "a#b", "a;b", "a\nb", "", " padded"]) {
    assert.throws(() => update("", name), IniSyntaxError, JSON.stringify(name));
  }
  assert.throws(() => update("", "ok", { k: "a\n[evil]" }), IniSyntaxError);
});

Deno.test("updateSection() keeps `key = v # note` lines byte for byte and replaces such a value whole", () => {
  // botocore reads "v # note" as the value: an edit must neither cut nor keep the "# note".
  assert.equal(update("[a]\nk = v # note\n", "a", { x: "1" }), "[a]\nk = v # note\nx = 1\n");
  assert.equal(update("[a]\nk = v # note\ny = 2\n", "a", { k: "new" }), "[a]\nk = new\ny = 2\n");
});

// --- random files through the editor, read by the AWS JS SDK before and after ---

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

function randomFile(rand: () => number): { text: string; names: string[] } {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const eol = () => (rand() < 0.2 ? "\r\n" : "\n");
  const names: string[] = [];
  let text = rand() < 0.1 ? "\ufeff" : "";
  const sections = 1 + Math.floor(rand() * 5);
  for (let s = 0; s < sections; s++) {
    const name = `${pick(["dev", "prod", "사용자", "profile-x", "team_ops"])}${s}`;
    names.push(name);
    if (rand() < 0.3) {
      text += `${pick(["#", ";"])} comment ${pick(["é", "한글", "😀", ""])}${eol()}`;
    }
    text += `[${name}]${pick(["", "  "])}${eol()}`;
    const keys = Math.floor(rand() * 4);
    for (let k = 0; k < keys; k++) {
      const key = pick(["region", "output", "aws_access_key_id", "x", "mfa_serial"]) + k;
      const sep = pick([" = ", "=", "   =   ", "= "]);
      text += `${key}${sep}${
        pick(["v", "값", "a b c", "v # note", "arn:aws:iam::1:role/x"])
      }${eol()}`;
      if (rand() < 0.2) text += eol();
    }
  }
  if (rand() < 0.3) text = text.replace(/\r?\n$/, "");
  return { text, names };
}

function withoutSection(text: string, section: string): string {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  let skipping = false;
  for (const line of lines) {
    const header = /^\s*\[(.+?)\]/.exec(line);
    if (header) skipping = header[1] === section;
    if (!skipping) out.push(line);
  }
  return out.join("").replace(/[\r\n]*$/, "");
}

Deno.test("updateSection() on 300 random files: other bytes unchanged, the SDK sees the same other profiles", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const rand = rng(20261126);
    const load = async (text: string) => {
      await Deno.writeTextFile(`${dir}/credentials`, text);
      const { credentialsFile } = await loadSharedConfigFiles({
        filepath: `${dir}/credentials`,
        configFilepath: `${dir}/none`,
        ignoreCache: true,
      });
      return credentialsFile;
    };
    let changedOutside = 0;
    let sdkDiffers = 0;
    for (let i = 0; i < 300; i++) {
      const { text, names } = randomFile(rand);
      const target = rand() < 0.5 ? names[Math.floor(rand() * names.length)]! : `okta-${i}`;
      const after = fromBinary(updateSection(toBinary(text), target, KEYS));
      if (withoutSection(text, target) !== withoutSection(after, target)) {
        changedOutside++;
        if (changedOutside === 1) console.log(JSON.stringify({ text, target, after }));
      }
      const before = await load(text);
      const parsed = await load(after);
      assert.deepEqual(parsed[target]?.aws_access_key_id, "ASIANEW");
      for (const name of names.filter((n) => n !== target)) {
        if (JSON.stringify(before[name]) !== JSON.stringify(parsed[name])) sdkDiffers++;
      }
    }
    assert.equal(changedOutside, 0);
    assert.equal(sdkDiffers, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

const remove = (text: string, section: string) =>
  fromBinary(removeSection(toBinary(text), section));

Deno.test("removeSection() removes the header, keys, continuations and blank lines after, nothing else", () => {
  const before =
    "# top\n[a]\nx = 1\n\n[profile dev]\ns3 =\n  max = 2\nregion = us-east-1\n\n\n; about b\n[b]\ny = 2\n";
  assert.equal(remove(before, "profile dev"), "# top\n[a]\nx = 1\n\n; about b\n[b]\ny = 2\n");
  assert.equal(
    remove(before, "b"),
    "# top\n[a]\nx = 1\n\n[profile dev]\ns3 =\n  max = 2\nregion = us-east-1\n\n\n; about b\n",
  );
  assert.equal(remove(before, "missing"), before);
  assert.equal(remove("[only]\r\nk = v", "only"), "");
});

Deno.test("removeSection() leaves a file the AWS SDK reads with the other sections intact", async () => {
  const text =
    "\ufeff[default]\nregion = eu-west-1\n[profile x]\nk = v\n[sso-session s]\nsso_region = us-east-1\n";
  const dir = await Deno.makeTempDir();
  try {
    const out = removeSection(toBinary(text), "profile x");
    await Deno.writeFile(`${dir}/config`, binaryToBytes(out));
    const { configFile } = await loadSharedConfigFiles({
      configFilepath: `${dir}/config`,
      filepath: `${dir}/none`,
      ignoreCache: true,
    });
    assert.deepEqual(configFile, {
      default: { region: "eu-west-1" },
      "sso-session.s": { sso_region: "us-east-1" },
    });
    assert.deepEqual(sectionNames(out), ["default", "sso-session s"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("sectionsOf() reads every section's keys in one pass, continuation lines joined, keys case-folded", () => {
  const text = toBinary(
    "\ufeff[default]\nRegion = eu-west-1\n\n[profile x]\ncredential_process = a b\n  c\n" +
      "# note\nokta_aws_sync: web https://acme.okta.com\n[profile é]\nk=v\n",
  );
  assert.deepEqual([...sectionsOf(text)], [
    ["default", { region: "eu-west-1" }],
    ["profile x", { credential_process: "a b\nc", okta_aws_sync: "web https://acme.okta.com" }],
    ["profile é", { k: "v" }],
  ]);
  assert.throws(() => sectionsOf("[a]\nx = 1\n[a]\n"), IniSyntaxError);
});
