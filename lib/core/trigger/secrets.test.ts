import { describe, expect, it } from 'vitest';
import { DESTINATIONS } from '../destinations/catalog.ts';
import { isSecretHeader, settingsProblems } from './secrets.ts';

const settings = (headers: Array<{ name: string; value: string; secret?: boolean }>, url = '') => ({ url, method: 'POST' as const, headers });

describe('secret headers', () => {
  it('treats credential-looking header names as secret even when not ticked', () => {
    for (const name of ['Authorization', 'X-Api-Key', 'X-Auth', 'Cookie', 'Access-Token']) expect(isSecretHeader({ name })).toBe(true);
    expect(isSecretHeader({ name: 'Content-Type' })).toBe(false);
  });

  it.each([
    ['Bearer {access_token}', 0],
    ['{access_token}', 0],
    ['Basic {base64(write_key:)}', 0],
    ['Bearer EAABwzLixnjYBAKZCZB7ZA1234567', 1],
    ['Bearer {token} EAABwzLixnjYBAKZCZB7', 1],
    ['Bearer {sk_live_51HxAbCdEfGhIjKlMnOp}', 1],
    ['Bearer {token} abcd.efgh.ijkl.mnop.qrst', 1],
    ['hunter2-supersecretvalue-123456', 1],
    ['', 1],
  ])('value %j gives %i problems', (value, count) => {
    expect(settingsProblems(settings([{ name: 'Authorization', value }]))).toHaveLength(count);
  });

  it.each([
    ['https://example.com/hook?client_secret=cs_live_abcdef123456', 1],
    ['https://example.com/hook?auth=zzzzzzzzzzzz&x=1', 1],
    ['https://graph.facebook.com/v19.0/123/users?access_token={access_token}', 0],
    ['https://example.com/hook?page=2', 0],
  ])('URL %s gives %i problems', (url, count) => {
    expect(settingsProblems(settings([], url))).toHaveLength(count);
  });

  it('accepts every destination starter as it ships', () => {
    for (const d of DESTINATIONS) expect(settingsProblems(settings(d.headers, d.urlTemplate))).toEqual([]);
  });

  it('leaves ordinary headers alone', () => {
    expect(settingsProblems(settings([{ name: 'Content-Type', value: 'application/json' }]))).toEqual([]);
  });
});
