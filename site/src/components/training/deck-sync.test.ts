import { describe, expect, it } from 'vitest';
import {
  clampSlide,
  deckKey,
  formatElapsed,
  hashOf,
  isSlideHash,
  readDeckMessage,
  slideFromHash,
} from './deck-sync.ts';
import { CANVAS, fitScale } from './fit-scale.ts';

describe('the deck in the address', () => {
  it('reads #/N (and the older #slide-N) as slide N, anything else as the first', () => {
    expect(slideFromHash('#/3', 10)).toBe(2);
    expect(slideFromHash('#slide-4', 10)).toBe(3);
    for (const hash of ['', '#/0', '#/11', '#/x', '#3', '#/3/'])
      expect(slideFromHash(hash, 10), hash).toBe(0);
    expect(hashOf(2)).toBe('#/3');
    expect(slideFromHash(hashOf(9), 10)).toBe(9);
    expect(isSlideHash('#/2')).toBe(true);
    expect(isSlideHash('#site-menu')).toBe(false);
  });

  it('keeps a move inside the deck', () => {
    expect(clampSlide(-1, 5)).toBe(0);
    expect(clampSlide(7, 5)).toBe(4);
    expect(clampSlide(2.7, 5)).toBe(2);
  });
});

describe('messages between the deck and its presenter window', () => {
  it('accepts the five kinds and refuses anything else', () => {
    expect(readDeckMessage({ type: 'go', index: 3 })).toEqual({ type: 'go', index: 3 });
    expect(readDeckMessage({ type: 'hello', extra: 1 })).toEqual({ type: 'hello' });
    expect(readDeckMessage({ type: 'state', index: 1, revealed: true, startedAt: 5 })).toEqual({
      type: 'state',
      index: 1,
      revealed: true,
      startedAt: 5,
    });
    for (const bad of [null, 'go', { type: 'go' }, { type: 'reveal', revealed: 'yes' }, {}])
      expect(readDeckMessage(bad)).toBeUndefined();
  });

  it('shows the time since the start as a clock reading', () => {
    expect(formatElapsed('en', 0, (12 * 60 + 5) * 1000)).toBe('00:12:05');
    expect(formatElapsed('de', 1000, 0)).toBe('00:00:00');
  });
});

describe('the canvas scale', () => {
  it('fits the whole 16:9 canvas into any box', () => {
    expect(fitScale(1280, 720)).toBe(1);
    expect(fitScale(1920, 1080)).toBe(1.5);
    expect(fitScale(1366, 600)).toBeCloseTo(600 / CANVAS.height);
    expect(fitScale(0, 720)).toBe(0);
  });
});

describe('keys in the deck and the presenter window', () => {
  const press = (key: string, more: Partial<KeyboardEvent> = {}) => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    defaultPrevented: false,
    ...more,
  });
  it('a clicker (Page Up/Down) and the arrows step; Space and Enter act on a focused control', () => {
    expect(deckKey(press('PageDown'), false)).toBe('next');
    expect(deckKey(press('PageUp'), false)).toBe('previous');
    expect(deckKey(press('ArrowRight'), true)).toBe('next');
    expect(deckKey(press(' '), false)).toBe('next');
    expect(deckKey(press(' '), true)).toBeUndefined();
    expect(deckKey(press('Enter'), true)).toBeUndefined();
    expect(deckKey(press('P'), false)).toBe('presenter');
    expect(deckKey(press('ArrowRight', { altKey: true }), false)).toBeUndefined();
    expect(deckKey(press('x'), false)).toBeUndefined();
  });
});
