// `okta-aws sso configure` as a person answers it in a real terminal (tmux): the questions of
// `aws configure sso` in order, the device-code sign-in, the account picker with
// type-to-filter, a single role taken without asking, and the defaults taken with Enter.
import assert from "node:assert/strict";
import { ssoWorld } from "./sso_world.ts";
import { hasTmux, oktaAwsInTmux, tmux, waitFor } from "./tmux.ts";

Deno.test({
  name:
    "sso configure asks the aws configure sso questions in a real terminal and writes the answers",
  ignore: !hasTmux,
  async fn() {
    const w = await ssoWorld();
    const run = await oktaAwsInTmux(["sso", "configure"], { ...w.env, HOME: w.home }, w.home);
    try {
      const answer = async (prompt: string, text: string) => {
        await waitFor(() => run.screen().includes(prompt), `the question "${prompt}"`);
        if (text) tmux(run.socket, "send-keys", "-l", text);
        tmux(run.socket, "send-keys", "Enter");
      };
      await answer("SSO session name (Recommended) [None]:", "okta");
      await answer("SSO start URL [None]:", "https://d-9999999999.awsapps.com/start");
      await answer("SSO region [None]:", "ap-northeast-2");
      await answer("SSO registration scopes [sso:account:access]:", "");
      await waitFor(() => run.screen().includes("There are 3 AWS accounts"), "the account picker");
      assert.ok(run.screen().includes("ABCD-EFGH"), "the device code was shown");
      tmux(run.socket, "send-keys", "-l", "Data");
      await waitFor(() => !run.screen().includes("Prod, prod@example.com"), "the filter");
      tmux(run.socket, "send-keys", "Enter");
      await answer("Default client Region [None]:", "");
      await answer("CLI default output format (json if not specified) [None]:", "json");
      await answer("Profile name [Analyst-333333333333]:", "");
      assert.equal(await run.exit(), 0, run.screen());
      assert.ok(run.screen().includes('Using the role name "Analyst"'));
      assert.equal(
        Deno.readTextFileSync(`${w.home}/.aws/config`),
        "[sso-session okta]\nsso_start_url = https://d-9999999999.awsapps.com/start\nsso_region = ap-northeast-2\nsso_registration_scopes = sso:account:access\n\n[profile Analyst-333333333333]\nsso_session = okta\nsso_account_id = 333333333333\nsso_role_name = Analyst\noutput = json\n",
      );
    } finally {
      run.kill();
      await w.close();
    }
  },
});
