// `deno task package`: the Homebrew formula and the Chocolatey package of a release, from its
// archives' SHA-256 sums (dist/SHA256SUMS) and the URL they are published under.
//   deno run -A scripts/package.ts --base-url https://github.com/OWNER/okta-aws/releases/download/v0.1.0
// Writes dist/okta-aws.rb and dist/chocolatey/ (okta-aws.nuspec, tools/chocolateyinstall.ps1,
// tools/VERIFICATION.txt, tools/LICENSE.txt). Bottle-free: the formula installs the binary.
import { VERSION } from "../src/version.ts";

export interface ReleaseArchive {
  /** `x86_64-apple-darwin`, `aarch64-unknown-linux-gnu`, `x86_64-pc-windows-msvc`. */
  target: string;
  /** The archive's file name and its published URL. */
  name: string;
  url: string;
  sha256: string;
}

export interface Release {
  version: string;
  homepage: string;
  archives: ReleaseArchive[];
  /** The text of the project's LICENSE file. */
  license: string;
}

const DESCRIPTION = "Temporary AWS credentials through Okta (SAML federation, IAM Identity " +
  "Center, m2m, direct)";

/** `okta-aws-0.1.0-x86_64-apple-darwin.tar.gz` -> its target. */
export function targetOf(name: string): string | undefined {
  return /^okta-aws-[\w.+-]+?-((?:x86_64|aarch64)-[\w-]+?)\.(?:tar\.gz|zip)$/.exec(name)?.[1];
}

/** Reads `sha256  name` lines (sha256sum's format) into archives published under `baseUrl`. */
export function parseSums(text: string, baseUrl: string): ReleaseArchive[] {
  const out: ReleaseArchive[] = [];
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]{64}) [ *]?(\S+)$/.exec(line.trim());
    const target = m && targetOf(m[2]!);
    if (!m || !target) continue;
    out.push({ target, name: m[2]!, url: `${baseUrl.replace(/\/+$/, "")}/${m[2]}`, sha256: m[1]! });
  }
  return out;
}

function archive(release: Release, target: string): ReleaseArchive {
  const found = release.archives.find((a) => a.target === target);
  if (!found) throw new Error(`no release archive for ${target}`);
  return found;
}

const rubyString = (s: string) => JSON.stringify(s);

/** The project's license (okta-aws-cli's), as SPDX names it: LICENSE, deno.json, both packages. */
export const SPDX = "Apache-2.0";

/** The Homebrew formula: macOS and Linux, arm64 and x86_64, no bottles. */
export function homebrewFormula(release: Release): string {
  const block = (target: string) => {
    const a = archive(release, target);
    return `      url ${rubyString(a.url)}\n      sha256 ${rubyString(a.sha256)}`;
  };
  return `class OktaAws < Formula
  desc ${rubyString(DESCRIPTION)}
  homepage ${rubyString(release.homepage)}
  version ${rubyString(release.version)}
  license ${rubyString(SPDX)}

  on_macos do
    on_arm do
${block("aarch64-apple-darwin")}
    end
    on_intel do
${block("x86_64-apple-darwin")}
    end
  end

  on_linux do
    on_arm do
${block("aarch64-unknown-linux-gnu")}
    end
    on_intel do
${block("x86_64-unknown-linux-gnu")}
    end
  end

  def install
    bin.install "okta-aws"
  end

  test do
    assert_match version.to_s, shell_output("#{bin}/okta-aws --version")
  end
end
`;
}

const xml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll(
    '"',
    "&quot;",
  );

/** The Chocolatey package's files, by path inside the package. */
export function chocolateyPackage(release: Release): Record<string, string> {
  const win = archive(release, "x86_64-pc-windows-msvc");
  return {
    "okta-aws.nuspec": `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2015/06/nuspec.xsd">
  <metadata>
    <id>okta-aws</id>
    <version>${xml(release.version)}</version>
    <title>okta-aws</title>
    <authors>okta-aws contributors</authors>
    <projectUrl>${xml(release.homepage)}</projectUrl>
    <license type="expression">Apache-2.0</license>
    <requireLicenseAcceptance>false</requireLicenseAcceptance>
    <tags>okta aws sso saml cli credentials</tags>
    <summary>${xml(DESCRIPTION)}</summary>
    <description>${
      xml(
        `${DESCRIPTION}. A drop-in successor of okta-aws-cli: the same commands, flags and variables.`,
      )
    }</description>
  </metadata>
  <files>
    <file src="tools\\**" target="tools" />
  </files>
</package>
`,
    "tools/chocolateyinstall.ps1": `$ErrorActionPreference = 'Stop'
$toolsDir = "$(Split-Path -parent $MyInvocation.MyCommand.Definition)"
Install-ChocolateyZipPackage -PackageName 'okta-aws' \`
  -Url64bit '${win.url}' \`
  -Checksum64 '${win.sha256}' \`
  -ChecksumType64 'sha256' \`
  -UnzipLocation $toolsDir
`,
    "tools/VERIFICATION.txt": `VERIFICATION
Verification is intended to assist the Chocolatey moderators and community
in verifying that this package's contents are trustworthy.

The package downloads the official release archive:
  ${win.url}
Its SHA-256 checksum, published with the release (SHA256SUMS), is:
  ${win.sha256}
Check it with:  Get-FileHash -Algorithm SHA256 ${win.name}
`,
    "tools/LICENSE.txt": release.license,
  };
}

if (import.meta.main) {
  const arg = (name: string) => {
    const i = Deno.args.indexOf(name);
    return i >= 0 ? Deno.args[i + 1] : undefined;
  };
  const root = new URL("..", import.meta.url).pathname;
  const baseUrl = arg("--base-url");
  const dist = arg("--dist") ?? `${root}dist`;
  if (!baseUrl) {
    console.error("package: give --base-url (where the release archives are published)");
    Deno.exit(2);
  }
  let license: string;
  try {
    license = await Deno.readTextFile(`${root}LICENSE`);
  } catch {
    console.error("package: LICENSE is missing at the repository root: add the project's license");
    Deno.exit(1);
  }
  const release: Release = {
    version: arg("--version") ?? VERSION,
    homepage: arg("--homepage") ?? "https://github.com/okta-aws/okta-aws",
    archives: parseSums(await Deno.readTextFile(`${dist}/SHA256SUMS`), baseUrl),
    license,
  };
  await Deno.writeTextFile(`${dist}/okta-aws.rb`, homebrewFormula(release));
  for (const [path, text] of Object.entries(chocolateyPackage(release))) {
    const file = `${dist}/chocolatey/${path}`;
    await Deno.mkdir(file.slice(0, file.lastIndexOf("/")), { recursive: true });
    await Deno.writeTextFile(file, text);
  }
  console.error(`package: ${dist}/okta-aws.rb and ${dist}/chocolatey/`);
}
