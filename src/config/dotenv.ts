// `.env` in the working directory, as okta-aws-cli (viper) reads it: KEY=value lines,
// optional `export `, quotes, and # comments.

/** Parses .env text into a record; malformed lines are skipped. */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2]!;
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, "\n").replace(/\\"/g, '"');
    } else {
      // An unquoted value ends at " #" (found in linear time: no backtracking regex).
      const comment = /\s#/.exec(value);
      value = (comment ? value.slice(0, comment.index) : value).trim();
    }
    out[m[1]!] = value;
  }
  return out;
}
