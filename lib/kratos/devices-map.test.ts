import { describe, expect, it } from 'vitest';
import { captured, type Captured } from '@/test/fixtures';
import {
  collectSessions,
  displayAddress,
  mapDevice,
  mapDevices,
  nextPageToken,
  parseUserAgent,
  type PageRequest,
  type PageResponse,
} from './devices-map';

// Every session here was captured from the real Kratos v1.3.1 by
// scripts/capture-sessions-fixtures.mjs: one browser signed in with password + email code,
// six more sessions of the same user signed in through the API with real browsers' user agents.

type CapturedPage = Captured & { headers?: Record<string, string> };
const page = (name: string) => captured(name) as CapturedPage;
const list = (name: string) => page(name).body as Record<string, unknown>[];
const whoami = captured('sessions-whoami-aal2').body as Record<string, unknown>;
/** When the sessions were captured: the page model is tested at that time, never at today's. */
const capturedAt = Date.parse(String(whoami.authenticated_at));

/** The captured user agent of the session signed in from this kind of browser. */
function sessionWithAgent(fragment: string): Record<string, unknown> {
  const found = list('sessions-list').find((s) =>
    (s.devices as { user_agent?: string }[]).some((d) => d.user_agent?.includes(fragment)),
  );
  if (!found) throw new Error(`no captured session with ${fragment}`);
  return found;
}

const asResponse = (name: string): PageResponse => {
  const p = page(name);
  return {
    items: p.body as unknown[],
    link: p.headers?.link,
    totalCount: p.headers?.['x-total-count'] ? Number(p.headers['x-total-count']) : undefined,
  };
};

describe('the user agent', () => {
  it.each([
    ['X11; Linux x86_64', 'Chrome 140', 'Linux', 'desktop'],
    ['iPhone', 'Safari 17', 'iOS', 'mobile'],
    ['Android 14', 'Chrome 126', 'Android', 'mobile'],
    ['Firefox/128', 'Firefox 128', 'Windows', 'desktop'],
    ['Edg/131', 'Microsoft Edge 131', 'Windows', 'desktop'],
    ['Macintosh', 'Safari 17', 'macOS', 'desktop'],
  ])('of the session from %s reads as %s on %s', (fragment, browser, os, platform) => {
    const session = fragment.startsWith('X11') ? whoami : sessionWithAgent(fragment);
    expect(mapDevice(session, false)?.userAgent).toEqual({ browser, os, platform });
  });

  it('that no parser knows (curl) leaves both unknown', () => {
    expect(mapDevice(sessionWithAgent('curl/'), false)?.userAgent).toEqual({});
  });

  it('empty or missing is unknown, not an error', () => {
    expect(parseUserAgent(undefined)).toEqual({});
    expect(parseUserAgent('  ')).toEqual({});
  });
});

describe('one session as a device', () => {
  it('the current browser: address, how (methods with their AAL) and when', () => {
    const device = mapDevice(whoami, true);
    expect(device).toMatchObject({
      id: whoami.id,
      current: true,
      ipAddresses: ['203.0.113.10'],
      locations: [],
      aal: 'aal2',
      authenticatedAt: whoami.authenticated_at,
      expiresAt: whoami.expires_at,
    });
    expect(device?.methods.map((m) => [m.method, m.aal])).toEqual([
      ['password', 'aal1'],
      ['code', 'aal2'],
    ]);
  });

  it('a session behind Cloudflare has the location Kratos recorded', () => {
    const device = mapDevice(sessionWithAgent('Firefox/128'), false);
    expect(device?.ipAddresses).toEqual(['192.0.2.44']);
    expect(device?.locations).toEqual(['Berlin, DE']);
  });

  it('an address read from the socket is shown without its port; IPv6 stays whole', () => {
    const curl = sessionWithAgent('curl/');
    const recorded = (curl.devices as { ip_address: string }[])[0]?.ip_address;
    expect(recorded).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(mapDevice(curl, false)?.ipAddresses).toEqual(['127.0.0.1']);
    expect(mapDevice(sessionWithAgent('Android'), false)?.ipAddresses).toEqual(['2001:db8::7']);
    expect(displayAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
  });

  it('something that is not a session is no device', () => {
    expect(mapDevice(null, false)).toBeUndefined();
    expect(mapDevice(captured('sessions-revoke-current').body, false)).toBeUndefined();
  });
});

describe('the page model', () => {
  it('this device first, then the others, the latest sign-in first', () => {
    const others = list('sessions-list');
    const view = mapDevices(whoami, [...others].reverse(), capturedAt);
    expect(view?.current.id).toBe(whoami.id);
    expect(view?.current.current).toBe(true);
    expect(view?.others.map((d) => d.id)).toEqual(others.map((s) => s.id));
    expect(view?.others.every((d) => !d.current)).toBe(true);
    const times = view?.others.map((d) => Date.parse(d.authenticatedAt ?? '')) ?? [];
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('the current session never appears among the others, nor any session twice', () => {
    // Seen from the browser that has only typed its password, the aal2 browser is "another".
    const aal1List = list('sessions-list-aal1');
    expect(aal1List.map((s) => s.id)).toEqual([whoami.id]);
    expect(mapDevices(whoami, aal1List, capturedAt)?.others).toEqual([]);
    const others = list('sessions-list');
    expect(mapDevices(whoami, [...others, ...others], capturedAt)?.others).toHaveLength(
      others.length,
    );
  });

  it('sessions that expired meanwhile are left out', () => {
    const others = list('sessions-list');
    const later = Date.parse(String(others[0]?.expires_at)) + 1000;
    expect(mapDevices(whoami, others, later)?.others).toEqual([]);
  });

  it('no current session, no page', () => {
    expect(mapDevices(captured('whoami-anonymous').body, [])).toBeUndefined();
  });
});

describe('paging', () => {
  it("reads the next page token from Kratos's Link header", () => {
    const token = nextPageToken(page('sessions-list-page-1').headers?.link);
    expect(token).toBeTruthy();
    expect(page('sessions-list-page-1').headers?.link).toContain(`page_token=${token}`);
    // The last page links back only; a single page links to itself as "first".
    expect(nextPageToken(page('sessions-list-page-2').headers?.link)).toBeUndefined();
    expect(nextPageToken(page('sessions-list').headers?.link)).toBeUndefined();
    expect(nextPageToken(undefined)).toBeUndefined();
  });

  it('Kratos v1.3.1 repeats the first page for the linked token (ory/kratos#3883)', () => {
    const ids = (name: string) => list(name).map((s) => s.id);
    expect(ids('sessions-list-page-2')).toEqual(ids('sessions-list-page-1'));
    expect(ids('sessions-list-page-number-2')).toEqual(ids('sessions-list').slice(4));
  });

  it('collects every session across the pages, each once', async () => {
    const requests: PageRequest[] = [];
    const token = nextPageToken(page('sessions-list-page-1').headers?.link);
    const collected = await collectSessions(
      async (request) => {
        requests.push(request);
        if ('page' in request) {
          expect(request.page).toBe(2);
          return asResponse('sessions-list-page-number-2');
        }
        if (!request.pageToken) return asResponse('sessions-list-page-1');
        expect(request.pageToken).toBe(token);
        return asResponse('sessions-list-page-2');
      },
      { pageSize: 4, maxPages: 20 },
    );
    expect(collected.complete).toBe(true);
    expect(collected.total).toBe(6);
    expect(collected.sessions.map((s) => (s as { id: string }).id)).toEqual(
      list('sessions-list').map((s) => s.id),
    );
    expect(requests).toEqual([{}, { pageToken: token }, { page: 2 }]);
  });

  it('one page holding everything takes one request', async () => {
    let calls = 0;
    const collected = await collectSessions(
      async () => {
        calls += 1;
        return asResponse('sessions-list');
      },
      { pageSize: 50, maxPages: 20 },
    );
    expect(calls).toBe(1);
    expect(collected).toMatchObject({ total: 6, complete: true });
  });

  it('an empty list stops at once, although Kratos links a "next" page for it', async () => {
    expect(nextPageToken(page('sessions-list-empty').headers?.link)).toBeTruthy();
    let calls = 0;
    const collected = await collectSessions(
      async () => {
        calls += 1;
        return asResponse('sessions-list-empty');
      },
      { pageSize: 50, maxPages: 20 },
    );
    expect(calls).toBe(1);
    expect(collected).toEqual({ sessions: [], total: 0, complete: true });
  });

  it('stops after maxPages and says the list is incomplete', async () => {
    let calls = 0;
    const collected = await collectSessions(
      async () => {
        calls += 1;
        return asResponse('sessions-list-page-1');
      },
      { pageSize: 4, maxPages: 2 },
    );
    expect(calls).toBe(2);
    expect(collected).toMatchObject({ total: 6, complete: false });
    expect(collected.sessions).toHaveLength(4);
  });
});
