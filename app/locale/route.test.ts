import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { ensureOryCatalogs } from '@/lib/i18n/test/ory-catalogs';

ensureOryCatalogs();
const { GET } = await import('./route');

const get = (query: string, init?: { headers?: Record<string, string> }) =>
  GET(new NextRequest(`http://127.0.0.1:3000/locale?${query}`, init));

describe('GET /locale', () => {
  it('sets the cookie for a year and 303s back to the page', async () => {
    const res = await get('locale=de&return_to=%2Flogin%3Fflow%3Dabc');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?flow=abc');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^locale=de;/);
    expect(cookie).toMatch(/Max-Age=31536000/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('marks the cookie Secure behind an https proxy', async () => {
    const res = await get('locale=ar&return_to=/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/i);
  });

  it('normalises a regional choice to the catalog we have', async () => {
    const res = await get('locale=de-AT&return_to=/');
    expect(res.headers.get('set-cookie')).toMatch(/^locale=de;/);
  });

  it('ignores an unknown locale but still goes back', async () => {
    const res = await get('locale=..%2Fetc&return_to=/settings');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/settings');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', ''])(
    'never redirects off-site (return_to=%s)',
    async (target) => {
      const res = await get(`locale=de&return_to=${encodeURIComponent(target)}`);
      expect(res.headers.get('location')).toBe('/');
    },
  );

  it('goes to / when return_to is missing', async () => {
    expect((await get('locale=de')).headers.get('location')).toBe('/');
  });
});
