// main(deps) and the web provider in-process, with the fake org and STS on 127.0.0.1 and the
// outside world passed in (captured streams, recording browser, instant sleep): the same
// paths the spawned binary takes, without a process per case.
import assert from "node:assert/strict";
import { main } from "../src/cli/main.ts";
import { webProvider } from "../src/flow/web/provider.ts";
import { noTerminalPicker } from "../src/ui/picker.ts";
import { webRun } from "../src/cli/commands/web/options.ts";
import { resolveSettings } from "../src/cli/settings.ts";
import { selectOutputs } from "../src/cli/outputs.ts";
import { flagsOf, WEB } from "../src/cli/tree.ts";
import { type Settings, typedValues } from "../src/cli/settings.ts";

/** web's settings as the commands read them: typed values, sources, and every setting. */
const view = (settings: Settings) => ({
  ...typedValues(WEB.flags, settings),
  settings,
});
import { APP_ID, CLIENT_ID, PROVIDER, ROLE_DEV, testDeps, world } from "./helpers.ts";

const DEVICE = "/oauth2/v1/device/authorize";

Deno.test("main() runs web in-process: export lines on stdout, the URL on stderr, the browser asked", async () => {
  await using w = await world();
  const io = testDeps(["web", ...w.args, "-r", ROLE_DEV, "-b", "--shell", "bash"], {
    home: w.home,
    env: w.env,
  });
  assert.equal(await main(io.deps), 0, io.stderr());
  const issued = w.sts.issued[0]!;
  assert.match(
    io.stdout(),
    new RegExp(`^export AWS_ACCESS_KEY_ID='${issued.accessKeyId}'$`, "m"),
  );
  assert.match(io.stderr(), /activate\?user_code=WDJB-MJHT/);
  assert.deepEqual(io.opened, [`${w.okta.url}/activate?user_code=WDJB-MJHT`]);
  assert.deepEqual(io.slept, [1000], "one poll interval, waited through the injected sleep");
});

Deno.test("main() serves a second process-credentials call from the cache with zero requests", async () => {
  await using w = await world();
  const args = ["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials", "-b=false"];
  const cold = testDeps(args, { home: w.home, env: w.env });
  assert.equal(await main(cold.deps), 0, cold.stderr());
  const requests = w.okta.requests.length;
  const warm = testDeps(args, { home: w.home, env: w.env });
  assert.equal(await main(warm.deps), 0, warm.stderr());
  assert.equal(warm.stdout(), cold.stdout());
  assert.equal(warm.stderr(), "");
  assert.equal(w.okta.requests.length, requests);
  assert.equal(w.sts.calls.length, 1);
});

Deno.test("main(): an invalid shell setting breaks env-var output only, never process-credentials", async () => {
  await using w = await world();
  const env = { ...w.env, OKTA_AWS_SHELL: "tcsh" };
  const json = testDeps([
    "web",
    ...w.args,
    "-r",
    ROLE_DEV,
    "-f",
    "process-credentials",
    "-b=false",
  ], {
    home: w.home,
    env,
  });
  assert.equal(await main(json.deps), 0, json.stderr());
  assert.equal(JSON.parse(json.stdout()).Version, 1);
  const requests = w.okta.requests.length;
  const shell = testDeps(["web", ...w.args, "-r", ROLE_DEV], { home: w.home, env });
  assert.equal(await main(shell.deps), 2);
  assert.match(
    shell.stderr(),
    /^error: Invalid --shell "tcsh": choose bash, zsh, sh, fish, powershell or cmd$/m,
  );
  assert.equal(w.okta.requests.length, requests, "refused before any sign-in");
});

Deno.test("main(): each command's --help, help <command>, and a flag of another command", async () => {
  const home = await Deno.makeTempDir();
  try {
    const run = async (...args: string[]) => {
      const io = testDeps(args, { home });
      return { code: await main(io.deps), stdout: io.stdout(), stderr: io.stderr() };
    };
    const web = await run("web", "--help");
    assert.equal(web.code, 0);
    assert.match(web.stdout, /^Usage: okta-aws web \[flags\] \[-- command args\.\.\.\]$/m);
    assert.deepEqual(await run("help", "web"), web);
    const status = await run("status", "--help");
    assert.match(status.stdout, /^Usage: okta-aws status \[flags\]$/m);
    assert.match(status.stdout, /--json/);
    assert.doesNotMatch(status.stdout, /--org-domain/);
    const root = await run("--help");
    assert.match(root.stdout, /^Commands:$/m);
    const wrong = await run("status", "--aws-iam-idp", "x");
    assert.equal(wrong.code, 2);
    assert.equal(
      wrong.stderr,
      'error: "okta-aws status" does not take --aws-iam-idp: it is a flag of "okta-aws web", "okta-aws console"\n' +
        'hint: See okta-aws status --help; run "okta-aws web", "okta-aws console" to use --aws-iam-idp.\n',
    );
    const ko = await run("logout", "--format", "nope", "--lang", "ko");
    assert.equal(ko.code, 2);
    assert.match(ko.stderr, /^오류: "okta-aws logout" 명령은 --format 플래그를 받지 않습니다/m);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("webProvider() in-process: one credential set keyed by org, client and duration", async () => {
  await using w = await world();
  const settings = resolveSettings(flagsOf(WEB), {
    flags: { "org-domain": w.okta.url, "oidc-client-id": CLIENT_ID, "aws-iam-role": ROLE_DEV },
    env: {},
    dotenv: {},
    profile: {},
  });
  const yaml = { idps: [], roles: [], profiles: {}, unknown: [] };
  const { web } = webRun(view(settings), w.env, yaml, selectOutputs(view(settings), []), {
    os: "linux",
    arch: "x86_64",
  });
  const lines: string[] = [];
  const provider = webProvider(web, {
    fetch: globalThis.fetch,
    now: Date.now,
    sleep: () => Promise.resolve(),
    log: (line) => lines.push(line),
    openUrl: () => Promise.resolve(),
    qrCode: () => Promise.resolve(""),
    pick: noTerminalPicker,
    lang: "en",
  });
  assert.deepEqual(provider.identity, { org: w.okta.url, clientId: CLIENT_ID, duration: 3600 });
  const sets = await provider.retrieve();
  assert.equal(sets.length, 1);
  assert.deepEqual(
    [sets[0]!.roleArn, sets[0]!.principalArn, sets[0]!.appId, sets[0]!.profile],
    [ROLE_DEV, PROVIDER, APP_ID, "default"],
  );
  assert.equal(sets[0]!.credentials.accessKeyId, w.sts.issued[0]!.accessKeyId);
  assert.equal(w.okta.count(DEVICE), 1);
  assert.match(lines.join("\n"), /user_code=WDJB-MJHT/);
});

Deno.test("main(): exec given with -j and no -- is still served from the cache, under the lock", async () => {
  await using w = await world();
  const args = ["web", ...w.args, "-r", ROLE_DEV, "-j", "true"];
  for (let i = 0; i < 2; i++) {
    const io = testDeps(args, { home: w.home, env: w.env });
    assert.equal(await main(io.deps), 0, io.stderr());
  }
  assert.equal(w.sts.calls.length, 1, "the second run reused the cached credentials");
  assert.equal(w.okta.count(DEVICE), 1);
});

Deno.test("--version prints deno.json's version, the Deno version, the target, and that a clone runs it", async () => {
  const { VERSION } = await import("../src/version.ts");
  const { main } = await import("../src/cli/main.ts");
  const { testDeps } = await import("./helpers.ts");
  const config = JSON.parse(await Deno.readTextFile(new URL("../deno.json", import.meta.url)));
  const home = await Deno.makeTempDir();
  try {
    const io = testDeps(["--version"], { home });
    assert.equal(await main(io.deps), 0);
    assert.equal(VERSION, config.version, "src/version.ts follows deno.json");
    assert.equal(
      io.stdout(),
      `okta-aws ${config.version} (deno ${Deno.version.deno}, ${Deno.build.target})\n` +
        `installed: no; run from the clone ${
          new URL("..", import.meta.url).pathname.replace(/\/$/, "")
        }\n`,
    );
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});
