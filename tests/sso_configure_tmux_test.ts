// `okta-aws sso configure` as a person answers it in a real terminal (tmux): the questions of
// `aws configure sso` in order, the device-code sign-in, the account picker with
// type-to-filter, a single role taken without asking, and the defaults taken with Enter.
import assert from "node:assert/strict";
import { cacheDir, MAIN } from "./helpers.ts";
import { ssoWorld } from "./sso_world.ts";
import { hasTmux, tmux, waitFor } from "./tmux.ts";

const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

Deno.test({
  name:
    "sso configure asks the aws configure sso questions in a real terminal and writes the answers",
  ignore: !hasTmux,
  async fn() {
    const w = await ssoWorld();
    const socket = `okta-aws-sso-${crypto.randomUUID().slice(0, 8)}`;
    const done = `${w.home}/exit.txt`;
    try {
      const command = [
        "env",
        `HOME=${q(w.home)}`,
        `DENO_DIR=${q(await cacheDir())}`,
        `AWS_ENDPOINT_URL_SSO=${q(w.ic.url)}`,
        `AWS_ENDPOINT_URL_SSO_OIDC=${q(w.ic.url)}`,
        "NO_COLOR=1",
        q(Deno.execPath()),
        "run",
        "-A",
        "--quiet",
        q(MAIN),
        "sso",
        "configure",
      ].join(" ");
      tmux(
        socket,
        "new-session",
        "-d",
        "-x",
        "150",
        "-y",
        "40",
        "sh",
        "-c",
        `${command}; echo EXIT=$? > ${q(done)}; sleep 30`,
      );
      const screen = () => tmux(socket, "capture-pane", "-p");
      const answer = async (prompt: string, text: string) => {
        await waitFor(() => screen().includes(prompt), `the question "${prompt}"`);
        if (text) tmux(socket, "send-keys", "-l", text);
        tmux(socket, "send-keys", "Enter");
      };
      await answer("SSO session name (Recommended) [None]:", "okta");
      await answer("SSO start URL [None]:", "https://d-9999999999.awsapps.com/start");
      await answer("SSO region [None]:", "ap-northeast-2");
      await answer("SSO registration scopes [sso:account:access]:", "");
      await waitFor(() => screen().includes("There are 3 AWS accounts"), "the account picker");
      assert.ok(screen().includes("ABCD-EFGH"), "the device code was shown");
      tmux(socket, "send-keys", "-l", "Data");
      await waitFor(() => !screen().includes("Prod, prod@example.com"), "the filter");
      tmux(socket, "send-keys", "Enter");
      await answer("Default client Region [None]:", "");
      await answer("CLI default output format (json if not specified) [None]:", "json");
      await answer("Profile name [Analyst-333333333333]:", "");
      await waitFor(
        () => {
          try {
            return Deno.readTextFileSync(done).includes("EXIT=");
          } catch {
            return false;
          }
        },
        "the end of the run",
        30_000,
      );
      assert.equal(Deno.readTextFileSync(done).trim(), "EXIT=0", screen());
      assert.ok(screen().includes('Using the role name "Analyst"'));
      assert.equal(
        Deno.readTextFileSync(`${w.home}/.aws/config`),
        "[sso-session okta]\nsso_start_url = https://d-9999999999.awsapps.com/start\nsso_region = ap-northeast-2\nsso_registration_scopes = sso:account:access\n\n[profile Analyst-333333333333]\nsso_session = okta\nsso_account_id = 333333333333\nsso_role_name = Analyst\noutput = json\n",
      );
    } finally {
      tmux(socket, "kill-server");
      await w.close();
    }
  },
});
