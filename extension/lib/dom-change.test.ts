import { describe, expect, it } from 'vitest';
import { onDomChange } from './dom-change.ts';

function setup(start: string) {
  const state = { href: start, alive: true, navigations: [] as string[], changes: 0 };
  const callback = onDomChange({
    alive: () => state.alive,
    href: () => state.href,
    navigated: () => state.navigations.push(state.href),
    changed: () => state.changes++,
  });
  return { state, callback };
}

describe('the content script per batch of DOM mutations', () => {
  it('reports a soft navigation once, on the first batch after the address changed', () => {
    const { state, callback } = setup('https://partner.microsoft.com/dashboard/overview');
    callback();
    expect(state.navigations).toEqual([]);
    state.href = 'https://partner.microsoft.com/dashboard/v2/customers/list';
    callback();
    callback();
    expect(state.navigations).toEqual([
      'https://partner.microsoft.com/dashboard/v2/customers/list',
    ]);
    state.href = 'https://partner.microsoft.com/dashboard/overview';
    callback();
    expect(state.navigations).toHaveLength(2);
    expect(state.changes).toBe(4);
  });

  it('does nothing at all once this copy of the content script is no longer alive', () => {
    const { state, callback } = setup('https://partner.microsoft.com/dashboard/overview');
    state.alive = false;
    state.href = 'https://partner.microsoft.com/dashboard/v2/customers/list';
    callback();
    expect(state.navigations).toEqual([]);
    expect(state.changes).toBe(0);
  });
});
