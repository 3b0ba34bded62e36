// `okta-aws direct` asks for the password on the terminal with echo off: typed in a real
// terminal (tmux), it never appears on the screen, and the sign-in goes on with it.
import assert from "node:assert/strict";
import { headlessWorld, PASSWORD, USER } from "./headless_world.ts";
import { hasTmux, oktaAwsInTmux, tmux, waitFor } from "./tmux.ts";

Deno.test({
  name: "direct prompts for the password with echo off in a real terminal and signs in with it",
  ignore: !hasTmux,
  async fn() {
    const w = await headlessWorld({ mfa: "none" });
    const run = await oktaAwsInTmux(["direct", "-a", USER, "-f", "noop"], {
      ...w.env,
      HOME: w.home,
    }, w.home);
    try {
      await waitFor(() => run.screen().includes(`Okta password for ${USER}:`), "the prompt");
      tmux(run.socket, "send-keys", "-l", PASSWORD);
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(!run.screen().includes(PASSWORD.slice(0, 12)), "the typed password is not echoed");
      tmux(run.socket, "send-keys", "Enter");
      assert.equal(await run.exit(), 0, run.screen());
      assert.ok(!run.screen().includes(PASSWORD.slice(0, 12)));
      const grant = w.okta.requests.find((r) => r.form.grant_type === "password")!;
      assert.equal(grant.form.password, PASSWORD);
    } finally {
      run.kill();
      await w.close();
    }
  },
});
