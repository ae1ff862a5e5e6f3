import { describe, expect, it } from 'vitest';
import { onAddressChange } from './dom-change.ts';

describe('the content script per batch of DOM mutations', () => {
  it('reports a soft navigation once, on the first batch after the address changed', () => {
    let href = 'https://partner.microsoft.com/dashboard/overview';
    const navigations: string[] = [];
    const callback = onAddressChange(
      () => href,
      () => navigations.push(href),
    );
    callback();
    expect(navigations).toEqual([]);
    href = 'https://partner.microsoft.com/dashboard/v2/customers/list';
    callback();
    callback();
    expect(navigations).toEqual(['https://partner.microsoft.com/dashboard/v2/customers/list']);
    href = 'https://partner.microsoft.com/dashboard/overview';
    callback();
    expect(navigations).toEqual([
      'https://partner.microsoft.com/dashboard/v2/customers/list',
      'https://partner.microsoft.com/dashboard/overview',
    ]);
  });
});
