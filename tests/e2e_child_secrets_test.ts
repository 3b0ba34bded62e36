// What a program okta-aws starts may know: exec's and exec --server's child, run by m2m (the
// private key) and direct (the password), prints its whole environment; neither the variable
// nor the secret reaches it, from a sign-in or from the cache.
import assert from "node:assert/strict";
import { PLUGIN_FLAGS } from "../plugins/mod.ts";
import { allCommands, flagsOf, ROOT } from "../src/cli/tree.ts";
import { secretVariables } from "../src/config/secrets.ts";
import { headlessWorld, PASSWORD, testKey, USER } from "./headless_world.ts";

/** A child that prints every variable it was given, NUL-separated as /proc shows them. */
const PRINT_ENV = [
  "sh",
  "-c",
  "cat /proc/$$/environ; printf '\\n--argv--\\n'; cat /proc/$$/cmdline",
];

function leaks(childOutput: string, secrets: string[], names: string[]): string[] {
  return [
    ...secrets.filter((s) => childOutput.includes(s)).map(() => "a secret value"),
    ...names.filter((n) => childOutput.includes(`${n}=`)),
  ];
}

for (const mode of ["exec", "exec --server"]) {
  const server = mode === "exec --server" ? ["--server"] : [];

  Deno.test(`m2m ${mode}: the child's environment and argv hold neither OKTA_AWSCLI_PRIVATE_KEY nor the key, signed in or cached`, async () => {
    const key = await testKey("rsa-pkcs8");
    await using w = await headlessWorld({ keys: { kid1: key.publicKey } });
    const env = { OKTA_AWSCLI_KEY_ID: "kid1", OKTA_AWSCLI_PRIVATE_KEY: key.pem };
    const keyLines = key.pem.split("\n").filter((l) => l && !l.startsWith("-----"));
    for (const round of ["signed in", "cached"]) {
      const r = await w.run(["m2m", ...server, "--", ...PRINT_ENV], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(
        r.stdout,
        server.length ? /AWS_CONTAINER_CREDENTIALS_FULL_URI=/ : /AWS_ACCESS_KEY_ID=/,
        round,
      );
      assert.deepEqual(leaks(r.stdout, keyLines, ["OKTA_AWSCLI_PRIVATE_KEY"]), [], round);
    }
    // The key file's path is not a secret: it still reaches the child (which could read the
    // file anyway), and so do okta-aws's other settings; the key itself does not.
    const file = `${w.home}/m2m.pem`;
    Deno.writeTextFileSync(file, key.pem, { mode: 0o600 });
    const withFile = await w.run(["m2m", ...server, "--", ...PRINT_ENV], {
      OKTA_AWSCLI_KEY_ID: "kid1",
      OKTA_AWSCLI_PRIVATE_KEY_FILE: file,
    });
    assert.equal(withFile.code, 0, withFile.stderr);
    assert.ok(withFile.stdout.includes(`OKTA_AWSCLI_PRIVATE_KEY_FILE=${file}`));
    assert.match(withFile.stdout, /OKTA_AWSCLI_KEY_ID=kid1/);
    assert.deepEqual(leaks(withFile.stdout, keyLines, ["OKTA_AWSCLI_PRIVATE_KEY"]), []);
  });

  Deno.test(`direct ${mode}: the child's environment and argv hold neither OKTA_AWSCLI_PASSWORD nor the password`, async () => {
    await using w = await headlessWorld({ mfa: "push", pushPolls: [] });
    const r = await w.run(
      ["direct", "-a", USER, ...server, "--", ...PRINT_ENV],
      // A lower-case spelling is the same variable on Windows; it is removed everywhere.
      { OKTA_AWSCLI_PASSWORD: PASSWORD, okta_awscli_password: PASSWORD },
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /OKTA_AWS_EXEC=/);
    assert.deepEqual(
      leaks(r.stdout.toUpperCase(), [PASSWORD.toUpperCase()], ["OKTA_AWSCLI_PASSWORD"]),
      [],
    );
  });
}

Deno.test("every flag marked secret, in any command or plugin, has its variables on the list children never inherit", () => {
  const secretFlags = allCommands(ROOT).flatMap(flagsOf).filter((f) => f.secret);
  assert.deepEqual(
    [...new Set(secretFlags.map((f) => f.name))].sort(),
    ["password", "private-key"],
  );
  const list = secretVariables(PLUGIN_FLAGS);
  for (const flag of secretFlags) {
    for (const name of flag.env) assert.ok(list.includes(name), `${flag.name}: ${name}`);
  }
  // A plugin's own secret flag joins the list.
  assert.ok(
    secretVariables([{ ...PLUGIN_FLAGS[0]!, secret: true, env: ["Plugin_Token"] }])
      .includes("PLUGIN_TOKEN"),
  );
});
