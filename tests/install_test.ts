// `deno task install` as a new user runs it: a working `okta-aws` on PATH (here in a temporary
// DENO_INSTALL_ROOT), used from another directory by the README's credential_process line
// through the real AWS CLI, and in exec mode; then `deno task uninstall` removes it.
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

Deno.test({
  name:
    "deno task install puts a working okta-aws on PATH: the README's credential_process line and exec work",
  ignore: !hasAwsCli,
  async fn() {
    const w = await world();
    const installRoot = await Deno.makeTempDir({ prefix: "okta-aws-install-" });
    const elsewhere = await Deno.makeTempDir({ prefix: "okta-aws-cwd-" });
    try {
      const bin = `${installRoot}/bin`;
      const denoDir = await cacheDir();
      const deno = Deno.execPath();
      const path = `${bin}:${deno.slice(0, deno.lastIndexOf("/"))}:/usr/bin:/bin`;
      // `deno install -g` asks the npm registry again: it needs the machine's CA and proxy.
      const base = {
        ...machineNetworkEnv(),
        HOME: w.home,
        DENO_DIR: denoDir,
        DENO_INSTALL_ROOT: installRoot,
        PATH: path,
      };
      const install = await sh(deno, ["task", "install"], base, ROOT);
      assert.equal(install.code, 0, install.stderr);
      assert.match(install.stderr, /okta-aws --version$/m);
      assert.match(
        install.stdout,
        /^okta-aws \d+\.\d+\.\d+ \(deno /m,
        "the installed command answered",
      );
      assert.match(install.stderr, new RegExp(`install: ${bin}/okta-aws is ready`));

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
      const env = { ...base, AWS_ENDPOINT_URL_STS: w.sts.url, AWS_PAGER: "", NO_COLOR: "1" };
      const exported = await sh(
        AWS_CLI,
        ["configure", "export-credentials", "--profile", "okta-dev", "--format", "process"],
        { ...env, OKTA_AWS_TEST_OPENED: `${w.home}/opened`, BROWSER: "true" },
        elsewhere,
      );
      assert.equal(exported.code, 0, exported.stderr);
      assert.equal(JSON.parse(exported.stdout).AccessKeyId, w.sts.issued[0]!.accessKeyId);

      const exec = await sh(
        "okta-aws",
        ["web", "--profile", "dev", "--", "sh", "-c", 'echo "key=$AWS_ACCESS_KEY_ID"'],
        env,
        elsewhere,
      );
      assert.equal(exec.code, 0, exec.stderr);
      assert.match(exec.stdout, /^key=ASIA[A-Z2-7]{16}$/m);

      const uninstall = await sh(deno, ["task", "uninstall"], base, ROOT);
      assert.equal(uninstall.code, 0, uninstall.stderr);
      assert.throws(() => Deno.statSync(`${bin}/okta-aws`));
    } finally {
      await w.close();
      await Deno.remove(installRoot, { recursive: true });
      await Deno.remove(elsewhere, { recursive: true });
    }
  },
});
