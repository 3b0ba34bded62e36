// `deno task install` as a new user runs it, from a fresh copy of the clone: a working
// `okta-aws` on PATH (here in a temporary DENO_INSTALL_ROOT) that outlives the clone. With the
// clone deleted and the network gone (the npm registry and every proxy unreachable), `--version`
// says how it was installed, the README's credential_process line works through the real AWS
// CLI, exec works, `setup` and `sso configure` (modules loaded lazily, npm packages of their
// own) run, and none of it prints a line of its own; then `deno task uninstall` removes all.
import assert from "node:assert/strict";
import {
  AWS_CLI,
  cacheDir,
  CLIENT_ID,
  hasAwsCli,
  machineNetworkEnv,
  ROLE_DEV,
  world,
  writeOktaYaml,
} from "./helpers.ts";
import { ACCOUNTS, SSO_REGION, START_URL } from "./sso_world.ts";
import { startFakeIdentityCenter } from "./fakes/identity_center.ts";

const ROOT = new URL("..", import.meta.url).pathname;

async function sh(command: string, args: string[], env: Record<string, string>, cwd: string) {
  const out = await new Deno.Command(command, {
    args,
    env,
    clearEnv: true,
    cwd,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, stdout: decode(out.stdout), stderr: decode(out.stderr) };
}

/** The README's credential_process line, read from the README itself. */
async function readmeCredentialProcess(): Promise<string> {
  const readme = await Deno.readTextFile(`${ROOT}README.md`);
  const line = /^credential_process = (okta-aws .*)$/m.exec(readme);
  assert.ok(line, "README.md shows a credential_process line");
  return line[1]!;
}

/** A fresh clone's files (what `git clone` gives, without the history). */
async function freshClone(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "okta-aws-clone-" });
  const copy = (from: string, to: string) => {
    if (Deno.statSync(from).isDirectory) {
      Deno.mkdirSync(to, { recursive: true });
      for (const e of Deno.readDirSync(from)) copy(`${from}/${e.name}`, `${to}/${e.name}`);
    } else {
      Deno.copyFileSync(from, to);
    }
  };
  for (
    const entry of ["main.ts", "deno.json", "deno.lock", "LICENSE", "src", "plugins", "scripts"]
  ) {
    copy(`${ROOT}${entry}`, `${dir}/${entry}`);
  }
  return dir;
}

/**
 * No network: every proxy points at a closed port, so the npm registry is out of reach (its
 * address stays the default one: Deno keeps its npm cache by registry); loopback is direct.
 */
const OFFLINE = {
  HTTPS_PROXY: "http://127.0.0.1:9",
  HTTP_PROXY: "http://127.0.0.1:9",
  NO_PROXY: "127.0.0.1,localhost",
};

Deno.test({
  name:
    "deno task install outlives the clone: offline, --version, the README's credential_process line, exec, setup and sso configure work and print nothing extra; uninstall removes all",
  ignore: !hasAwsCli,
  async fn() {
    await using w = await world();
    const ic = await startFakeIdentityCenter({ accounts: ACCOUNTS });
    const installRoot = await Deno.makeTempDir({ prefix: "okta-aws-install-" });
    const elsewhere = await Deno.makeTempDir({ prefix: "okta-aws-cwd-" });
    const clone = await freshClone();
    try {
      const bin = `${installRoot}/bin`;
      const deno = Deno.execPath();
      const path = `${bin}:${deno.slice(0, deno.lastIndexOf("/"))}:/usr/bin:/bin`;
      // The install fills its own module cache from the npm registry: the machine's CA and
      // proxy. An empty DENO_DIR of the user's: nothing is borrowed from the test's cache.
      const userDenoDir = await Deno.makeTempDir({ prefix: "okta-aws-user-deno-dir-" });
      const base = { HOME: w.home, DENO_INSTALL_ROOT: installRoot, PATH: path };
      const install = await sh(
        deno,
        ["task", "install"],
        { ...machineNetworkEnv(), ...base, DENO_DIR: userDenoDir },
        clone,
      );
      assert.equal(install.code, 0, install.stderr);
      assert.match(install.stderr, new RegExp(`install: ${bin}/okta-aws is ready`));
      const copies = [...Deno.readDirSync(`${installRoot}/share/okta-aws`)].map((e) => e.name);
      assert.equal(copies.length, 2, copies.join(" "));
      assert.ok(copies.includes("deno_dir"), "its own module cache");
      assert.ok(copies.some((c) => /^0\.1\.0-[0-9a-f]{8}$/.test(c)), "one versioned copy");
      await Deno.remove(clone, { recursive: true });

      // From now on: no clone, no network but the fakes on 127.0.0.1.
      const env = {
        ...base,
        ...OFFLINE,
        DENO_DIR: userDenoDir,
        AWS_ENDPOINT_URL_STS: w.sts.url,
        AWS_ENDPOINT_URL_SSO: ic.url,
        AWS_ENDPOINT_URL_SSO_OIDC: ic.url,
        AWS_PAGER: "",
        NO_COLOR: "1",
      };
      const version = await sh("okta-aws", ["--version"], env, elsewhere);
      assert.equal(version.code, 0, version.stderr);
      assert.equal(version.stderr, "", "nothing but the answer");
      assert.match(version.stdout, /^okta-aws \d+\.\d+\.\d+ \(deno /);
      assert.match(
        version.stdout,
        new RegExp(
          `^installed: deno task install on \\d{4}-\\d\\d-\\d\\d from ${clone}; sources in ${installRoot}/share/okta-aws/0\\.1\\.0-[0-9a-f]{8}$`,
          "m",
        ),
      );

      // The README's line, with the settings in okta.yaml as a user keeps them.
      await writeOktaYaml(
        w.home,
        `awscli:\n  profiles:\n    dev:\n      org-domain: "${w.okta.url}"\n      oidc-client-id: "${CLIENT_ID}"\n      aws-iam-role: "${ROLE_DEV}"\n`,
      );
      await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
      await Deno.writeTextFile(
        `${w.home}/.aws/config`,
        `[profile okta-dev]\ncredential_process = ${await readmeCredentialProcess()}\n`,
      );
      const exported = await sh(
        AWS_CLI,
        ["configure", "export-credentials", "--profile", "okta-dev", "--format", "process"],
        { ...env, OKTA_AWS_TEST_OPENED: `${w.home}/opened`, BROWSER: "true" },
        elsewhere,
      );
      assert.equal(exported.code, 0, exported.stderr);
      assert.equal(JSON.parse(exported.stdout).AccessKeyId, w.sts.issued[0]!.accessKeyId);

      // exec: the child gets the credentials, and the user's DENO_DIR (not the install's).
      const exec = await sh(
        "okta-aws",
        [
          "web",
          "--profile",
          "dev",
          "--",
          "sh",
          "-c",
          'echo "key=$AWS_ACCESS_KEY_ID dir=$DENO_DIR"',
        ],
        env,
        elsewhere,
      );
      assert.equal(exec.code, 0, exec.stderr);
      assert.match(exec.stdout, new RegExp(`^key=ASIA[A-Z2-7]{16} dir=${userDenoDir}$`, "m"));
      assert.doesNotMatch(exec.stderr, /Download|npm/);

      // Commands whose modules load lazily, each with npm packages of its own (yaml and diff;
      // the Identity Center SDK clients), on their first run.
      await Deno.writeTextFile(
        `${elsewhere}/team.yaml`,
        `version: 1\nsso-sessions:\n  acme: { start-url: ${START_URL}, region: ${SSO_REGION} }\n`,
      );
      const setup = await sh("okta-aws", ["setup", "team.yaml", "--yes"], env, elsewhere);
      assert.equal(setup.code, 0, setup.stderr);
      assert.match(setup.stdout, /^\+\[sso-session acme\]$/m);
      assert.doesNotMatch(setup.stderr, /Download|npm|error/);
      const configure = await sh(
        "okta-aws",
        [
          "sso",
          "configure",
          "--sso-session",
          "acme",
          "--account-id",
          "111111111111",
          "--role-name",
          "ReadOnly",
          "--region",
          SSO_REGION,
          "--output",
          "json",
          "--profile",
          "ic-dev",
          "--no-browser",
        ],
        env,
        elsewhere,
      );
      assert.equal(configure.code, 0, configure.stderr);
      assert.doesNotMatch(configure.stderr, /Download|npm|error/);

      // From the clone the user keeps (this one), with Deno's cache as it is there.
      const uninstall = await sh(deno, ["task", "uninstall"], {
        ...machineNetworkEnv(),
        ...base,
        DENO_DIR: await cacheDir(),
      }, ROOT);
      assert.equal(uninstall.code, 0, uninstall.stderr);
      assert.deepEqual([...Deno.readDirSync(bin)], [], "the launcher is gone");
      assert.deepEqual([...Deno.readDirSync(`${installRoot}/share`)], [], "copies and cache gone");
      await Deno.remove(userDenoDir, { recursive: true });
    } finally {
      await ic.close();
      await Deno.remove(installRoot, { recursive: true });
      await Deno.remove(elsewhere, { recursive: true });
      await Deno.remove(clone, { recursive: true }).catch(() => {});
    }
  },
});
