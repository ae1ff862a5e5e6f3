import { expect, test } from '@playwright/test';
import { axeViolations, prepareAxe } from '../axe.ts';

/** The accessibility check itself: it finds a violation, inside and outside the part it skips. */
test('the axe check reports a violation, and skips only what it is told to', async ({
  page,
  context,
}) => {
  const html = `<!doctype html><html lang="en"><head><title>Check</title></head><body><main>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="outside">
    <div class="diagram-scroll"><svg role="img" width="20" height="20"><rect width="20" height="20"/></svg></div>
    </main></body></html>`;
  // Without prepareAxe: axe is put into the page when asked.
  await page.setContent(html);
  const plain = (await axeViolations(page, 'plain')).join('\n');
  expect(plain).toContain('plain: image-alt');
  expect(plain).toContain('plain: svg-img-alt');
  // With prepareAxe: in every document from its start; a skipped part is skipped.
  await prepareAxe(context);
  await page.goto('about:blank');
  await page.setContent(html);
  const skipped = await axeViolations(page, 'skipped', { exclude: '.diagram-scroll svg' });
  expect(skipped.join('\n')).toContain('image-alt');
  expect(skipped.join('\n')).not.toContain('svg-img-alt');
  const inside = await axeViolations(page, 'inside', { include: '.diagram-scroll' });
  expect(inside.join('\n')).toContain('svg-img-alt');
  expect(inside.join('\n')).not.toContain(': image-alt');
});
