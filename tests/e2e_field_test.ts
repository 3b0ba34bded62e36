// Issue 25, the field: WSL opens the browser on the Windows side (told from the kernel, tried
// with stub openers on PATH), and a Hangul home with a space in it works for every file.
import assert from "node:assert/strict";
import { ROLE_DEV, runCli, world, writeOktaYaml } from "./helpers.ts";
import { CONFIGURE_DEV, ssoWorld } from "./sso_world.ts";

/** A directory of stub programs that record their arguments in `log`. */
async function stubs(dir: string, names: string[], log: string): Promise<string> {
  const bin = `${dir}/bin`;
  await Deno.mkdir(bin, { recursive: true });
  for (const name of names) {
    await Deno.writeTextFile(
      `${bin}/${name}`,
      `#!/bin/sh\nprintf '%s %s\\n' "${name}" "$*" >> '${log}'\n`,
      {
        mode: 0o755,
      },
    );
  }
  return bin;
}

/** PATH with the stubs first and deno's own directory (no xdg-open, no Windows program). */
function pathWith(bin: string): string {
  const deno = Deno.execPath().slice(0, Deno.execPath().lastIndexOf("/"));
  return `${bin}:${deno}:/usr/bin:/bin`;
}

async function waitForFile(path: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    try {
      const text = await Deno.readTextFile(path);
      if (text) return text;
    } catch {
      // Not yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return "";
}

Deno.test("under WSL (told by /proc/version) -b opens the Windows browser: wslview, else explorer.exe", async () => {
  await using w = await world();
  const proc = `${w.home}/version`;
  await Deno.writeTextFile(proc, "Linux version 5.15.153.1-microsoft-standard-WSL2 (root@1f3d)\n");
  for (
    const [names, opener] of [[["wslview", "explorer.exe"], "wslview"], [
      ["explorer.exe"],
      "explorer.exe",
    ]] as const
  ) {
    const dir = await Deno.makeTempDir({ dir: w.home });
    const log = `${dir}/opened.txt`;
    const bin = await stubs(dir, [...names], log);
    const env = { ...w.env, OKTA_AWS_PROC_VERSION: proc, PATH: pathWith(bin) };
    const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-b", "-f", "noop"], {
      home: w.home,
      env,
    });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /did not open/);
    const opened = await waitForFile(log);
    assert.match(
      opened,
      new RegExp(
        `^${
          opener.replace(".", "\\.")
        } http://127\\.0\\.0\\.1:\\d+/activate\\?user_code=WDJB-MJHT$`,
        "m",
      ),
    );
    await runCli(["logout"], { home: w.home });
  }
  // Not WSL: xdg-open, as before (none here: said in words).
  const plain = `${w.home}/plain`;
  await Deno.writeTextFile(plain, "Linux version 6.8.0-45-generic (buildd@lcy02)\n");
  const dir = await Deno.makeTempDir({ dir: w.home });
  const bin = await stubs(dir, ["wslview", "explorer.exe"], `${dir}/opened.txt`);
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-b", "-f", "noop"], {
    home: w.home,
    env: { ...w.env, OKTA_AWS_PROC_VERSION: plain, PATH: pathWith(bin) },
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /no "xdg-open" is installed/);
  assert.equal(await waitForFile(`${dir}/opened.txt`), "");
});

Deno.test("a Hangul home with a space: web -z, the caches, status, sso configure and exec all work", async () => {
  await using w = await world();
  await using s = await ssoWorld();
  const home = `${w.home}/김민지 홈`;
  await Deno.mkdir(home);
  const env = { ...w.env, ...s.env, OKTA_AWSCLI_OPEN_BROWSER: "false" };
  const run = (args: string[]) => runCli(args, { home, env });
  const write = ["web", ...w.args, "-r", ROLE_DEV, "-p", "dev", "-z", "-f", "process-credentials"];
  const z = await run(write);
  assert.equal(z.code, 0, z.stderr);
  assert.match(await Deno.readTextFile(`${home}/.aws/credentials`), /^\[dev\]$/m);
  const cached = await run(write);
  assert.equal(cached.code, 0, cached.stderr);
  assert.equal(w.sts.calls.length, 1, "the second run served from the cache under the Hangul home");
  const status = await run(["status"]);
  assert.match(status.stderr, /role\/Developer/);
  const configured = await run(CONFIGURE_DEV);
  assert.equal(configured.code, 0, configured.stderr);
  assert.match(await Deno.readTextFile(`${home}/.aws/config`), /\[profile dev\]/);
  const exec = await run([
    "web",
    ...w.args,
    "-r",
    ROLE_DEV,
    "--",
    "sh",
    "-c",
    'printf "%s|%s" "$HOME" "$AWS_ACCESS_KEY_ID"',
  ]);
  assert.equal(exec.code, 0, exec.stderr);
  assert.match(exec.stdout, new RegExp(`^${home.replaceAll("/", "\\/")}\\|ASIA`));
});

Deno.test("managed defaults sit below okta.yaml; an enforced key wins over flags and variables, said once; doctor shows each source", async () => {
  await using w = await world();
  const managed = `${w.home}/managed.yaml`;
  // The org and client come from the machine's managed file alone.
  const [org, client] = [w.args[1]!, w.args[3]!];
  await Deno.writeTextFile(
    managed,
    `version: 1\nawscli:\n  profiles:\n    default:\n      org-domain: ${org}\n      oidc-client-id: ${client}\n      aws-region: eu-west-1\nenforced: [org-domain, oidc-clinet-id]\n`,
  );
  const env = { ...w.env, OKTA_AWS_MANAGED_CONFIG: managed, OKTA_AWSCLI_OPEN_BROWSER: "false" };
  const run = (args: string[], extra: Record<string, string> = {}) =>
    runCli(args, { home: w.home, env: { ...env, ...extra } });
  const plain = await run(["web", "-r", ROLE_DEV, "-f", "noop", "--debug"]);
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(plain.stderr, /setting org-domain = ".*" \(enforced\)/);
  assert.match(plain.stderr, /setting oidc-client-id = ".*" \(managed\)/);
  assert.match(plain.stderr, /unknown key "oidc-clinet-id".*\(did you mean "oidc-client-id"\?\)/);
  assert.match(plain.stderr, /setting aws-region = "eu-west-1" \(managed\)/);
  // The user's okta.yaml is above the managed defaults.
  await writeOktaYaml(
    w.home,
    "awscli:\n  profiles:\n    default:\n      aws-region: ap-northeast-2\n",
  );
  const mine = await run(["web", "-r", ROLE_DEV, "-f", "noop", "--debug"]);
  assert.match(mine.stderr, /setting aws-region = "ap-northeast-2" \(okta\.yaml\)/);
  // A flag cannot move an enforced org; it is said once. A flag may change a managed default.
  const moved = await run([
    "web",
    "-o",
    "evil.example.com",
    "-c",
    "other",
    "-r",
    ROLE_DEV,
    "-f",
    "noop",
  ]);
  assert.equal(
    moved.stderr.match(
      /--org-domain is enforced by your organisation's managed config ".*managed\.yaml"; the command line value is ignored/g,
    )?.length,
    1,
    moved.stderr,
  );
  assert.match(
    moved.stderr,
    /Okta does not know the client id "other"/,
    "the flag's client id was used",
  );
  const doctor = await run(["doctor"]);
  assert.match(
    doctor.stderr,
    /where each setting comes from: .*--org-domain \(the managed defaults \(enforced\)\).*--oidc-client-id \(the managed defaults\)/,
  );
});

Deno.test("doctor reports the managed defaults, and a broken managed file as a finding, not a crash", async () => {
  await using w = await world();
  const managed = `${w.home}/managed.yaml`;
  await Deno.writeTextFile(
    managed,
    "awscli:\n  profiles:\n    default:\n      aws-region: eu-west-1\nenforced: [aws-region]\n",
  );
  const env = { ...w.env, OKTA_AWS_MANAGED_CONFIG: managed };
  const ok = await runCli(["doctor", ...w.args], { home: w.home, env });
  assert.match(
    ok.stderr,
    /^ok +managed: managed defaults ".*managed\.yaml" read; enforced: aws-region$/m,
  );
  await Deno.writeTextFile(managed, "awscli: [unclosed\n");
  const broken = await runCli(["doctor", ...w.args], { home: w.home, env });
  assert.match(broken.stderr, /^fail +managed: /m);
  assert.match(broken.stderr, /^ok +Okta org: /m, "the other checks still ran");
});
