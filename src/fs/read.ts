// Reading optional files (.env, okta.yaml): absent is normal, unreadable is an error.

/** The file's text, or undefined when it does not exist (or is a directory). */
export function readOptionalText(path: string): string | undefined {
  try {
    return Deno.readTextFileSync(path);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound || err instanceof Deno.errors.IsADirectory) {
      return undefined;
    }
    throw err;
  }
}
