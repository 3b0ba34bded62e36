// Where a team config comes from: an https:// URL, fetched through the run's network (the same
// trust and proxies as every other request; no redirect followed), or a file; at most 1 MiB,
// checked against --sha256 before anything is parsed. A URL is named without its query and
// user info (a pre-signed URL's signature is a secret) in messages and in the marker setup
// writes.
import type { Deps } from "../../../deps.ts";
import { FlowError, UsageError } from "../../../errors.ts";
import { phrase } from "../../../i18n/messages.ts";
import { createHttp, ensureOk } from "../../../http/client.ts";
import { expandHome } from "../../../aws/paths.ts";
import { readOptionalBytes } from "../../../fs/read.ts";
import { canonicalPath } from "../../../config/trust.ts";
import { sha256Hex } from "../../../cache/fingerprint.ts";

export interface TeamSource {
  text: string;
  /** How messages and the marker name it: the URL without query, or the file's path. */
  name: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** --sha256 as 64 lowercase hex digits (`sha256:` and upper case accepted), or a usage error. */
export function wantedDigest(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const hex = raw.trim().toLowerCase().replace(/^sha256:/, "");
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new UsageError("usage_invalid", {
      flag: "--sha256",
      value: raw,
      reason: phrase("reason_sha256"),
    });
  }
  return hex;
}

/** The URL as messages name it: no user info, query or fragment. */
function nameOf(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** The given URL, or undefined for a path; an http:// (or other) URL is a usage error. */
export function teamUrl(given: string): URL | undefined {
  if (!SCHEME.test(given)) return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    url = new URL("https://invalid");
  }
  if (url.protocol !== "https:" || url.hostname === "invalid") {
    throw new UsageError("usage_invalid", {
      flag: "<https-url|file>",
      value: given.replace(/[?#].*$/, ""),
      reason: phrase("reason_setup_https"),
    });
  }
  return url;
}

/** The team config's text and name, its digest checked when `sha256` is given. */
export async function readTeamSource(
  given: string,
  options: {
    deps: Deps;
    sha256: string | undefined;
    timeoutMs: number;
    debug?: (line: string) => void;
  },
): Promise<TeamSource> {
  const { deps } = options;
  const url = teamUrl(given);
  let bytes: Uint8Array;
  let name: string;
  if (url) {
    name = nameOf(url);
    const http = createHttp({
      fetch: deps.fetch,
      service: "team_config",
      sleep: deps.sleep,
      timeoutMs: options.timeoutMs,
      transient: true,
      debug: options.debug,
    });
    const response = await http(url, {
      headers: { accept: "application/yaml, text/yaml, text/plain;q=0.9, */*;q=0.5" },
    });
    ensureOk(response, "GET", url);
    bytes = new Uint8Array(await response.arrayBuffer());
  } else {
    const expanded = expandHome(given, deps.env);
    name = canonicalPath(
      /^([/\\]|[A-Za-z]:)/.test(expanded) ? expanded : `${deps.cwd}/${expanded}`,
    );
    const read = readOptionalBytes(name);
    if (read === undefined) throw new FlowError("team_config_missing", { path: name });
    bytes = read;
  }
  if (options.sha256 !== undefined) {
    const actual = await sha256Hex(bytes);
    if (actual !== options.sha256) {
      throw new FlowError("team_config_digest", {
        source: name,
        expected: options.sha256,
        actual,
      });
    }
  }
  return { text: new TextDecoder().decode(bytes), name };
}
