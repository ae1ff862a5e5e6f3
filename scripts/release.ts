/**
 * `npm run release`: everything that gets published, built with the public SITE_URL, in one
 * folder release/<version>/ (or `--out <dir>`):
 *   csp-multichannel-guide-<version>-site.tar.gz     the static site (upload its contents)
 *   csp-multichannel-guide-<version>-chrome.zip      Chrome Web Store
 *   csp-multichannel-guide-<version>-edge.zip        Microsoft Edge Add-ons
 *   csp-multichannel-guide-<version>-firefox.zip     Firefox Add-ons (AMO)
 *   csp-multichannel-guide-<version>-sources.zip     the sources AMO reviewers rebuild from
 *   SHA256SUMS                                       `sha256sum -c SHA256SUMS` checks them
 * The version is package.json's (the extension's manifest takes it from there too).
 * README "Releasing" says how to publish each piece.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { requireSiteUrl } from '../config/site-url.ts';
import { runCaptured } from './captured-run.ts';
import {
  filesNamingLocalAddress,
  LocalAddressError,
  packageFiles,
  runCommand,
  StepFailedError,
} from './zip-extension.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The site's archive name in a release. */
export const siteArchive = (version: string = pkg.version) => `${pkg.name}-${version}-site.tar.gz`;

/** `sha256sum` format: "<hex>  <name>" per file. */
export function checksums(files: string[]): string {
  return files
    .map(
      (file) =>
        `${createHash('sha256').update(readFileSync(file)).digest('hex')}  ${basename(file)}\n`,
    )
    .join('');
}

/**
 * Runs a script of this folder as its own process (`node --import tsx scripts/<name>`); what it
 * prints is shown only when it fails.
 */
async function runScript(name: string, args: string[]): Promise<void> {
  const { code, output } = await runCaptured(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', name), ...args],
    { cwd: ROOT },
  );
  if (code !== 0)
    throw new StepFailedError(`scripts/${name} stopped (exit ${code}):\n${output.trim()}`);
}

/**
 * Builds a release into `outDir`; returns the files in it. The site and the store packages are
 * built side by side (each build keeps one core busy, and they write different folders).
 */
export async function release(
  outDir: string = join(ROOT, 'release', pkg.version),
): Promise<string[]> {
  const url = requireSiteUrl('a release');
  const work = mkdtempSync(join(tmpdir(), `${pkg.name}-release-`));
  try {
    console.log(`Release ${pkg.version} for ${url}`);
    const site = join(work, 'site');
    const extension = join(work, 'extension');
    await Promise.all([
      runScript('build-site.ts', ['--out', site]),
      // It checks its own packages for local addresses.
      runScript('zip-extension.ts', ['--out', extension]),
    ]);
    // Absolute links (hreflang, sitemap, robots.txt) come from SITE_URL; none may be local.
    const local = filesNamingLocalAddress(site);
    if (local.length)
      throw new LocalAddressError(
        `The site names a local address in ${local.map((f) => relative(site, f)).join(', ')}; a release links only to SITE_URL.`,
      );
    const zips = packageFiles().map((name) => join(extension, name));
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const archive = join(outDir, siteArchive());
    execFileSync('tar', ['-czf', archive, '-C', site, '.']);
    const files = [archive];
    for (const zip of zips) {
      const target = join(outDir, basename(zip));
      copyFileSync(zip, target);
      files.push(target);
    }
    const sums = join(outDir, 'SHA256SUMS');
    writeFileSync(sums, checksums(files));
    return [...files, sums];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCommand(async () => {
    const out = process.argv.indexOf('--out');
    const files = await release(out >= 0 ? resolve(process.argv[out + 1]!) : undefined);
    console.log(
      `Release files:\n${files.map((f) => `  ${relative(process.cwd(), f)}`).join('\n')}`,
    );
  });
}
