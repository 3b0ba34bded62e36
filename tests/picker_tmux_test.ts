// The interactive picker as a person uses it: main.ts in a real terminal (tmux), arrow keys
// and type-to-filter, the prompt drawn on the terminal and only export lines on stdout.
import assert from "node:assert/strict";
import { cliShellCommand, PROVIDER_2, ROLE_ADMIN, ROLE_PROD, world } from "./helpers.ts";
import { hasTmux, tmux, waitFor } from "./tmux.ts";

const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

Deno.test({
  name: "the picker filters as you type and picks with Enter in a real terminal",
  ignore: !hasTmux,
  async fn() {
    const w = await world({
      saml: {
        roles: [
          {
            provider: "arn:aws:iam::123456789012:saml-provider/okta",
            role: "arn:aws:iam::123456789012:role/Developer",
          },
          { provider: "arn:aws:iam::123456789012:saml-provider/okta", role: ROLE_ADMIN },
          { provider: PROVIDER_2, role: ROLE_PROD },
        ],
      },
    });
    const socket = `okta-aws-test-${crypto.randomUUID().slice(0, 8)}`;
    const out = `${w.home}/stdout.txt`;
    try {
      const command = `${await cliShellCommand(w, [])} > ${q(out)}; echo EXIT=$? >> ${q(out)}`;
      tmux(socket, "new-session", "-d", "-x", "150", "-y", "40", "sh", "-c", command);
      const screen = () => tmux(socket, "capture-pane", "-p");
      await waitFor(() => screen().includes("Choose an AWS account"), "the IdP picker");
      assert.ok(screen().includes("arn:aws:iam::210987654321:saml-provider/okta"));
      tmux(socket, "send-keys", "Down");
      await new Promise((r) => setTimeout(r, 200));
      tmux(socket, "send-keys", "Up");
      await new Promise((r) => setTimeout(r, 200));
      tmux(socket, "send-keys", "Enter");
      await waitFor(() => screen().includes("Choose an IAM role"), "the role picker");
      tmux(socket, "send-keys", "-l", "Adm");
      await waitFor(
        () => !screen().includes("role/Developer") || screen().includes("Adm"),
        "the filter",
      );
      await new Promise((r) => setTimeout(r, 300));
      tmux(socket, "send-keys", "Enter");
      await waitFor(() => {
        try {
          return Deno.readTextFileSync(out).includes("EXIT=");
        } catch {
          return false;
        }
      }, "the command to end");
      const stdout = Deno.readTextFileSync(out);
      assert.match(stdout, /EXIT=0/);
      assert.match(stdout, /^export AWS_ACCESS_KEY_ID='ASIA/m);
      assert.doesNotMatch(stdout, /Choose/);
      assert.equal(w.sts.calls[0]!.params.RoleArn, ROLE_ADMIN);
    } finally {
      tmux(socket, "kill-server");
      await w.close();
    }
  },
});

Deno.test({
  name: "exec hands the terminal to the child: stdin and stdout are a TTY, typing reaches it",
  ignore: !hasTmux,
  async fn() {
    const w = await world();
    const socket = `okta-aws-test-${crypto.randomUUID().slice(0, 8)}`;
    try {
      const child =
        "test -t 0 && test -t 1 && echo TTY-OK; printf 'say: '; read x; echo got:$x; sleep 5";
      const command = await cliShellCommand(w, ["-r", ROLE_ADMIN, "--", "sh", "-c", child]);
      tmux(socket, "new-session", "-d", "-x", "150", "-y", "40", "sh", "-c", command);
      const screen = () => tmux(socket, "capture-pane", "-p");
      await waitFor(() => screen().includes("say:"), "the child's prompt");
      assert.ok(screen().includes("TTY-OK"), screen());
      tmux(socket, "send-keys", "-l", "typed-in-tmux");
      tmux(socket, "send-keys", "Enter");
      await waitFor(() => screen().includes("got:typed-in-tmux"), "the child's answer");
    } finally {
      tmux(socket, "kill-server");
      await w.close();
    }
  },
});

Deno.test({
  name: "the picker speaks Korean with --lang ko: key help and no results",
  ignore: !hasTmux,
  async fn() {
    const w = await world();
    const socket = `okta-aws-test-${crypto.randomUUID().slice(0, 8)}`;
    try {
      const command = await cliShellCommand(w, ["--lang", "ko", "-f", "noop"]);
      tmux(socket, "new-session", "-d", "-x", "150", "-y", "40", "sh", "-c", command);
      const screen = () => tmux(socket, "capture-pane", "-p");
      await waitFor(() => screen().includes("IAM 역할을 선택하세요"), "the Korean role picker");
      assert.match(screen(), /↑↓ 이동 • ⏎ 선택/);
      tmux(socket, "send-keys", "-l", "zzzz");
      await waitFor(() => screen().includes("결과가 없습니다"), "no results, in Korean");
      assert.doesNotMatch(screen(), /No results found|navigate/);
    } finally {
      tmux(socket, "kill-server");
      await w.close();
    }
  },
});
