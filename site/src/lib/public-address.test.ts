import { describe, expect, it } from 'vitest';
import { publicAddress } from './public-address.ts';

describe('the address printed on a handout', () => {
  it('is the public address when the site has one', () => {
    expect(publicAddress('/de/training/', new URL('https://guide.example.com/'))).toBe(
      'https://guide.example.com/de/training/',
    );
  });

  it('is only the path when the build has no public address', () => {
    expect(publicAddress('/de/training/', new URL('http://127.0.0.1:4321/'))).toBe('/de/training/');
    expect(publicAddress('/zh/', new URL('http://localhost:4321/'))).toBe('/zh/');
    expect(publicAddress('/en/', undefined)).toBe('/en/');
  });
});
