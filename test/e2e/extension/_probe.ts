import { launchWithExtension, GLOBAL, pressShortcut } from './browser.ts';
const context = await launchWithExtension();
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/list`);
await page.locator('csp-multichannel-guide .toggle').waitFor();
await page.locator('[data-command="request"]').click();
await page.locator('[role="dialog"] csp-multichannel-guide-link').waitFor();
await pressShortcut(context, page);
await page.waitForFunction(() =>
  document.querySelector('csp-multichannel-guide')?.hasAttribute('data-check'),
);
await page.waitForTimeout(500);
console.log(
  await page.evaluate(() => {
    const host = document.querySelector('csp-multichannel-guide')!;
    const root = host.shadowRoot!;
    const panel = root.querySelector('.panel')!;
    const out: string[] = [
      JSON.stringify(panel.getBoundingClientRect()),
      String(innerWidth) + 'x' + String(innerHeight),
      host.parentElement!.className,
    ];
    for (const c of root.querySelectorAll<HTMLElement>('.bar button, select, #cmg-link-paste')) {
      const b = c.getBoundingClientRect();
      const x = b.left + b.width / 2,
        y = b.top + b.height / 2;
      const hit = document.elementFromPoint(x, y);
      const inner = root.elementFromPoint(x, y);
      out.push(
        `${c.localName}#${c.id} ${Math.round(x)},${Math.round(y)} doc=${hit?.localName}.${hit?.className} inner=${inner?.localName}#${(inner as HTMLElement)?.id}`,
      );
    }
    return out.join('\n');
  }),
);
await page.screenshot({ path: '/tmp/h16trap/open-over-panel.png' });
await context.close();
