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

/**
 * A property as non-empty text, read with Reflect.get: an Error's `message` is its own but not
 * enumerable, and `name` may sit on the prototype, so text/json.ts's field readers miss them.
 */
function text(value: object, key: string): string | undefined {
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
    name: text(err, "name") ?? text(err, "Code") ?? "Error",
    message: text(err, "message"),
    description: text(err, "error_description"),
    status: typeof status === "number" ? status : undefined,
  };
}

/** The error codes AWS answers "slow down" with. */
const THROTTLING = new Set([
  "Throttling",
  "ThrottlingException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "SlowDown",
]);

/** A "slow down" answer, the SDK's own error or one a FlowError carries as its cause. */
export function isThrottling(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e !== undefined && depth < 4; depth++) {
    if (THROTTLING.has(sdkError(e).name)) return true;
    e = typeof e === "object" && e !== null ? Reflect.get(e, "cause") : undefined;
  }
  return false;
}
