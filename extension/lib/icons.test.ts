import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_ICON_SIZES, ICON_SIZES, iconPath } from './icons.ts';

const EXTENSION = join(import.meta.dirname, '..');
const PUBLIC = join(EXTENSION, 'public');
const CHROME_BUILD = join(EXTENSION, '.output', 'chrome-mv3');

/** Width and height from a PNG's IHDR chunk (throws if the file is not a PNG). */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (
    data.subarray(0, 8).toString('hex') !== signature ||
    data.toString('ascii', 12, 16) !== 'IHDR'
  )
    throw new Error(`${file} is not a PNG`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

interface Manifest {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
}

describe('icons', () => {
  it('has a square PNG of each size in public/icon, rendered from assets/icon.svg', () => {
    expect(readFileSync(join(EXTENSION, 'assets', 'icon.svg'), 'utf8')).toMatch(/^<svg /);
    for (const size of ICON_SIZES) {
      expect(pngSize(join(PUBLIC, iconPath(size))), `${size} px`).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('the built manifest declares every size in icons and the toolbar sizes in action.default_icon', () => {
    if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
      // A fresh clone: build the Chrome package first (npm test builds before e2e, not before unit tests).
      execFileSync('npx', ['wxt', 'build', 'extension'], {
        cwd: join(EXTENSION, '..'),
        stdio: 'ignore',
      });
    }
    const manifest = JSON.parse(
      readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'),
    ) as Manifest;
    const declared = (set: Record<string, string> | undefined, sizes: readonly number[]) => {
      expect(Object.keys(set ?? {}).map(Number)).toEqual([...sizes]);
      for (const [size, file] of Object.entries(set ?? {})) {
        expect(pngSize(join(CHROME_BUILD, file)), file).toEqual({
          width: Number(size),
          height: Number(size),
        });
      }
    };
    declared(manifest.icons, ICON_SIZES);
    declared(manifest.action?.default_icon, ACTION_ICON_SIZES);
  });
});
