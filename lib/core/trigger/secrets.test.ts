import { describe, expect, it } from 'vitest';
import { isSecretHeader, settingsProblems } from './secrets.ts';

const settings = (headers: Array<{ name: string; value: string; secret?: boolean }>) => ({ url: '', method: 'POST' as const, headers });

describe('secret headers', () => {
  it('treats credential-looking header names as secret even when not ticked', () => {
    expect(isSecretHeader({ name: 'Authorization' })).toBe(true);
    expect(isSecretHeader({ name: 'X-Api-Key' })).toBe(true);
    expect(isSecretHeader({ name: 'Content-Type' })).toBe(false);
  });

  it.each([
    ['Bearer {access_token}', 0],
    ['{access_token}', 0],
    ['Bearer EAABwzLixnjYBAKZCZB7ZA1234567', 1],
    ['Bearer {token} EAABwzLixnjYBAKZCZB7', 1],
    ['', 1],
  ])('value %j gives %i problems', (value, count) => {
    expect(settingsProblems(settings([{ name: 'Authorization', value }]))).toHaveLength(count);
  });

  it('leaves ordinary headers alone', () => {
    expect(settingsProblems(settings([{ name: 'Content-Type', value: 'application/json' }]))).toEqual([]);
  });
});
