// Windows Subsystem for Linux: told from the kernel (`/proc/version` names Microsoft), never
// from a flag, so that the browser opens on the Windows side.

/** True when this Linux runs under WSL. OKTA_AWS_PROC_VERSION names another file (tests). */
export function isWsl(env: Readonly<Record<string, string>>, os: string): boolean {
  if (os !== "linux") return false;
  try {
    return /microsoft|wsl/i.test(
      Deno.readTextFileSync(env.OKTA_AWS_PROC_VERSION || "/proc/version"),
    );
  } catch {
    return false;
  }
}
