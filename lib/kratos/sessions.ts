import 'server-only';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { browserCookie, frontend, kratosCall, whoami as currentSession } from './client';
import {
  collectSessions,
  mapDevices,
  type CollectedSessions,
  type DevicesView,
} from './devices-map';
import { fullSessionFirst } from './restart';

// The user's own sessions, for the Devices page: Kratos's GET /sessions (every other active
// session, paged), DELETE /sessions/{id} and DELETE /sessions, with the browser's cookie.
//
// Those endpoints accept any session, even one that still owes the second factor, and Kratos
// answers DELETE /sessions/{id} with 204 for a session of another identity (it just changes
// nothing). So every call here first asks whoami (client.ts), which enforces `required_aal`, and a session
// is revoked only when it is in this user's own list.

/**
 * Sessions per page asked of Kratos: a user with 100 sessions takes 2 pages (3 requests on
 * Kratos v1.3.1, whose page tokens are off by one; see collectSessions).
 */
const DEVICES_PAGE_SIZE = 50;
/** At most this many requests per list (about 1,000 sessions): a runaway list renders fast. */
const MAX_PAGES = 20;

export type DevicesOutcome =
  | { kind: 'devices'; devices: DevicesView; total: number; truncated: boolean }
  | { kind: 'anonymous'; to: string }
  | { kind: 'second-factor-owed'; to: string }
  | { kind: 'unavailable' };

export type RevokeOutcome =
  | { kind: 'revoked' }
  | { kind: 'revoked-others'; count: number }
  /** Not one of this user's other sessions (another identity's, unknown, or signed out). */
  | { kind: 'not-found' }
  /** The current session: that is the normal sign-out's job. */
  | { kind: 'current' }
  | { kind: 'anonymous'; to: string }
  | { kind: 'second-factor-owed'; to: string }
  | { kind: 'unavailable' };

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const DEVICES_PATH = '/devices';

/** Where a signed-out browser goes: sign in, then back to the Devices page. */
const signInFirst = () => fullSessionFirst('anonymous', `${env().UI_URL}${DEVICES_PATH}`);

type Whoami =
  { kind: 'session'; raw: unknown; cookie: string } | Exclude<DevicesOutcome, { kind: 'devices' }>;

/** The current session as Kratos returns it (with its devices), at the required AAL. */
async function whoami(): Promise<Whoami> {
  const me = await currentSession();
  switch (me.kind) {
    case 'session':
      return me;
    case 'second-factor-owed':
      // The 2FA screen first, then back here.
      return {
        kind: 'second-factor-owed',
        to: fullSessionFirst(me.kind, `${env().UI_URL}${DEVICES_PATH}`),
      };
    case 'unavailable':
      return me;
    case 'anonymous':
      return { kind: 'anonymous', to: signInFirst() };
  }
}

/** A page of sessions Kratos would not give: its status decides what the page shows. */
class ListFailed extends Error {
  constructor(readonly status: number) {
    super(`list my sessions: ${status}`);
  }
}

/** Every other active session of the user, across Kratos's pages. */
async function listOtherSessions(
  cookie: string,
): Promise<CollectedSessions | 'unavailable' | 'anonymous'> {
  try {
    const collected = await collectSessions(
      async (request) => {
        const result = await kratosCall('list my sessions', (o) =>
          frontend().listMySessionsRaw(
            'page' in request
              ? { page: request.page, perPage: DEVICES_PAGE_SIZE, cookie }
              : { pageSize: DEVICES_PAGE_SIZE, pageToken: request.pageToken, cookie },
            o,
          ),
        );
        if (!result.ok) throw new ListFailed(result.status);
        const total = result.headers.get('x-total-count');
        return {
          items: Array.isArray(result.body) ? result.body : [],
          link: result.headers.get('link') ?? undefined,
          totalCount: total ? Number(total) : undefined,
        };
      },
      { pageSize: DEVICES_PAGE_SIZE, maxPages: MAX_PAGES },
    );
    if (!collected.complete) {
      logger.warn('devices: not every session could be read', {
        read: collected.sessions.length,
        total: collected.total,
      });
    }
    return collected;
  } catch (err) {
    const status = err instanceof ListFailed ? err.status : 0;
    if (status === 0 || status >= 500) return 'unavailable';
    return 'anonymous';
  }
}

/** The Devices page: this browser's session first, then every other active one. */
export async function loadDevices(): Promise<DevicesOutcome> {
  const me = await whoami();
  if (me.kind !== 'session') return me;
  const listed = await listOtherSessions(me.cookie);
  if (listed === 'unavailable') return { kind: 'unavailable' };
  if (listed === 'anonymous') return { kind: 'anonymous', to: signInFirst() };
  const devices = mapDevices(me.raw, listed.sessions);
  if (!devices) return { kind: 'anonymous', to: signInFirst() };
  return {
    kind: 'devices',
    devices,
    // Kratos's count is of the other sessions; the page counts this one too.
    total: listed.total + 1,
    truncated: !listed.complete,
  };
}

/**
 * How many devices the account is signed in on, this one included: Kratos's X-Total-Count of
 * the other active sessions, from a one-item page (the overview needs the count, not the list).
 * Undefined without a full session or an answer.
 */
export async function countDevices(): Promise<number | undefined> {
  const me = await whoami();
  if (me.kind !== 'session') return undefined;
  const result = await kratosCall('count my sessions', (o) =>
    frontend().listMySessionsRaw({ pageSize: 1, cookie: me.cookie }, o),
  );
  const others = Number(result.headers?.get('x-total-count') ?? NaN);
  return result.ok && Number.isInteger(others) ? others + 1 : undefined;
}

/** Signs one of the user's other devices out, if it is theirs; nothing happens otherwise. */
export async function revokeDevice(sessionId: string): Promise<RevokeOutcome> {
  const outcome = await loadDevices();
  if (outcome.kind !== 'devices') return outcome;
  const { current, others } = outcome.devices;
  if (sessionId === current.id) return { kind: 'current' };
  if (!SESSION_ID.test(sessionId) || !others.some((d) => d.id === sessionId)) {
    return { kind: 'not-found' };
  }
  const cookie = (await browserCookie()) ?? '';
  const { ok, status } = await kratosCall('revoke my session', (o) =>
    frontend().disableMySessionRaw({ id: sessionId, cookie }, o),
  );
  if (ok) return { kind: 'revoked' };
  if (status === 401) return { kind: 'anonymous', to: signInFirst() };
  if (status === 400 || status === 404) return { kind: 'not-found' };
  return { kind: 'unavailable' };
}

/** Signs every other device of the user out; this one stays signed in. */
export async function revokeOtherDevices(): Promise<RevokeOutcome> {
  const me = await whoami();
  if (me.kind !== 'session') return me;
  const result = await kratosCall('revoke my other sessions', (o) =>
    frontend().disableMyOtherSessionsRaw({ cookie: me.cookie }, o),
  );
  if (result.ok) {
    const count = (result.body as { count?: unknown } | undefined)?.count;
    return { kind: 'revoked-others', count: typeof count === 'number' ? count : 0 };
  }
  if (result.status === 401) return { kind: 'anonymous', to: signInFirst() };
  return { kind: 'unavailable' };
}
