// `okta-aws direct` asks for the password on the terminal with echo off: typed in a real
// terminal (tmux), it never appears on the screen, and the sign-in goes on with it.
import assert from "node:assert/strict";
import { cacheDir, MAIN } from "./helpers.ts";
import { headlessWorld, PASSWORD, USER } from "./headless_world.ts";
import { hasTmux, tmux, waitFor } from "./tmux.ts";

const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

Deno.test({
  name: "direct prompts for the password with echo off in a real terminal and signs in with it",
  ignore: !hasTmux,
  async fn() {
    const w = await headlessWorld({ mfa: "none" });
    const socket = `okta-aws-pw-${crypto.randomUUID().slice(0, 8)}`;
    const done = `${w.home}/exit.txt`;
    try {
      const vars = Object.entries({ ...w.env, HOME: w.home, DENO_DIR: await cacheDir() })
        .map(([k, v]) => `${k}=${q(v)}`);
      const command = [
        "env",
        ...vars,
        "NO_COLOR=1",
        q(Deno.execPath()),
        "run",
        "-A",
        "--quiet",
        q(MAIN),
        "direct",
        "-a",
        USER,
        "-f",
        "noop",
      ].join(" ");
      tmux(
        socket,
        "new-session",
        "-d",
        "-x",
        "150",
        "-y",
        "20",
        "sh",
        "-c",
        `${command}; echo EXIT=$? > ${q(done)}; sleep 30`,
      );
      const screen = () => tmux(socket, "capture-pane", "-p");
      await waitFor(() => screen().includes(`Okta password for ${USER}:`), "the password prompt");
      tmux(socket, "send-keys", "-l", PASSWORD);
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(!screen().includes(PASSWORD.slice(0, 12)), "the typed password is not echoed");
      tmux(socket, "send-keys", "Enter");
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
      assert.ok(!screen().includes(PASSWORD.slice(0, 12)));
      const grant = w.okta.requests.find((r) => r.form.grant_type === "password")!;
      assert.equal(grant.form.password, PASSWORD);
    } finally {
      tmux(socket, "kill-server");
      await w.close();
    }
  },
});
