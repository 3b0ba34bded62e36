// What an AWS SDK v3 error says, read from `unknown` by checks: its name (the service's error
// code), message and HTTP status. Every place that tells errors apart goes through sdkError().

export interface SdkErrorInfo {
  /** The error's name (`AccessDenied`, `ExpiredTokenException`, ...), else its `Code`, else "Error". */
  name: string;
  message?: string;
  /** The OAuth-style description some SSO OIDC errors carry. */
  description?: string;
  status?: number;
}

function stringField(value: object, key: string): string | undefined {
  const field: unknown = Reflect.get(value, key);
  return typeof field === "string" && field !== "" ? field : undefined;
}

/** The name, message and status of whatever was thrown (an SDK error or anything else). */
export function sdkError(err: unknown): SdkErrorInfo {
  if (typeof err !== "object" || err === null) return { name: "Error", message: String(err) };
  const metadata: unknown = Reflect.get(err, "$metadata");
  const status = typeof metadata === "object" && metadata !== null
    ? Reflect.get(metadata, "httpStatusCode")
    : undefined;
  return {
    name: stringField(err, "name") ?? stringField(err, "Code") ?? "Error",
    message: stringField(err, "message"),
    description: stringField(err, "error_description"),
    status: typeof status === "number" ? status : undefined,
  };
}
