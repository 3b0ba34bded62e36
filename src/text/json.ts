// JSON from a file or a server, read by checks: an object's fields stay `unknown` until a
// reader takes each one as the type it checked (no cast stands in for the check).

/** A JSON object as read: every field unknown until a reader checks it. */
export type JsonObject = Record<string, unknown>;

/** A JSON value if it is an object (not an array, not null). */
export function jsonObject(value: unknown): JsonObject | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return Object.fromEntries(Object.entries(value));
}

/** A field that is a string, else undefined. */
export function stringField(o: JsonObject, key: string): string | undefined {
  const v = o[key];
  return typeof v === "string" ? v : undefined;
}

/** A field that is a finite number, else undefined. */
export function numberField(o: JsonObject, key: string): number | undefined {
  const v = o[key];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
