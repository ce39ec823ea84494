// Pure mapping of Kratos sessions (whoami and GET /sessions) to the Devices page's view model:
// the browser and operating system read from the recorded user agent (bowser), the addresses
// and locations Kratos recorded, how and when the session signed in, and when it expires.
// Unit-tested against JSON captured from the real Kratos (test/fixtures/kratos/sessions-*.json).
import Bowser from 'bowser';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export interface UserAgentView {
  /** e.g. "Chrome 140"; undefined when the parser does not know it. */
  browser?: string;
  /** e.g. "Linux", "iOS", "Windows". */
  os?: string;
  /** desktop, mobile, tablet, tv, bot, … */
  platform?: string;
}

export interface AuthMethodView {
  method: string;
  aal?: string;
  /** The social sign-in provider (oidc). */
  provider?: string;
  completedAt?: string;
}

export interface DeviceView {
  /** The Kratos session id. */
  id: string;
  /** The session of the browser that is looking. */
  current: boolean;
  userAgent: UserAgentView;
  /** The addresses Kratos recorded for this session, newest first, without repeats. */
  ipAddresses: string[];
  /** The locations Kratos recorded (only behind a proxy that reports one), newest first. */
  locations: string[];
  aal: string;
  methods: AuthMethodView[];
  authenticatedAt?: string;
  expiresAt?: string;
}

export interface DevicesView {
  current: DeviceView;
  /** Every other active session, the most recently signed in first. */
  others: DeviceView[];
}

/** Browser and operating system from a user agent string, by a maintained parser (bowser). */
export function parseUserAgent(ua: string | undefined): UserAgentView {
  if (!ua?.trim()) return {};
  let parsed: Bowser.Parser.ParsedResult;
  try {
    parsed = Bowser.parse(ua);
  } catch {
    return {};
  }
  const major = parsed.browser.version?.split('.')[0];
  const browser = parsed.browser.name
    ? [parsed.browser.name, major].filter(Boolean).join(' ')
    : undefined;
  // The system's name only: browsers freeze its version in the user agent (every Mac says
  // 10.15.7, Windows 11 says NT 10.0, Chrome on Android says 10), so it would mislead.
  const os = parsed.os.name || undefined;
  return {
    ...(browser ? { browser } : {}),
    ...(os ? { os } : {}),
    ...(parsed.platform.type ? { platform: parsed.platform.type } : {}),
  };
}

/** A recorded address without the port Kratos keeps when it read the socket's address. */
export function displayAddress(ip: string): string {
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(ip);
  if (v4?.[1]) return v4[1];
  const v6 = /^\[([0-9a-fA-F:.]+)\]:\d+$/.exec(ip);
  return v6?.[1] ?? ip;
}

const unique = (values: (string | undefined)[]): string[] => [
  ...new Set(values.filter((v): v is string => !!v)),
];

/** One Kratos session as a device; undefined for something that is not a session. */
export function mapDevice(raw: unknown, current: boolean): DeviceView | undefined {
  if (!isObject(raw)) return undefined;
  const id = str(raw.id);
  if (!id) return undefined;
  // Kratos appends a device record at each sign-in step (password, then the second factor).
  const devices = (Array.isArray(raw.devices) ? raw.devices.filter(isObject) : []).reverse();
  const methods = Array.isArray(raw.authentication_methods)
    ? raw.authentication_methods.filter(isObject).map((m): AuthMethodView => ({
        method: str(m.method) ?? 'unknown',
        ...(str(m.aal) ? { aal: str(m.aal) } : {}),
        ...(str(m.provider) ? { provider: str(m.provider) } : {}),
        ...(str(m.completed_at) ? { completedAt: str(m.completed_at) } : {}),
      }))
    : [];
  return {
    id,
    current,
    userAgent: parseUserAgent(devices.map((d) => str(d.user_agent)).find(Boolean)),
    ipAddresses: unique(
      devices.map((d) => str(d.ip_address)).map((ip) => ip && displayAddress(ip)),
    ),
    locations: unique(devices.map((d) => str(d.location)?.trim())),
    aal: str(raw.authenticator_assurance_level) ?? 'aal1',
    methods,
    authenticatedAt: str(raw.authenticated_at),
    expiresAt: str(raw.expires_at),
  };
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0);

/**
 * The Devices page's model: this browser's session, then every other active one (newest sign-in
 * first). Inactive or expired sessions, repeats (a session can move between pages while they are
 * read) and the current session are left out of the others.
 */
export function mapDevices(
  currentRaw: unknown,
  othersRaw: readonly unknown[],
  now = Date.now(),
): DevicesView | undefined {
  const current = mapDevice(currentRaw, true);
  if (!current) return undefined;
  const seen = new Set([current.id]);
  const others: DeviceView[] = [];
  for (const raw of othersRaw) {
    if (isObject(raw) && raw.active === false) continue;
    const device = mapDevice(raw, false);
    if (!device || seen.has(device.id)) continue;
    if (device.expiresAt && time(device.expiresAt) <= now) continue;
    seen.add(device.id);
    others.push(device);
  }
  others.sort((a, b) => time(b.authenticatedAt) - time(a.authenticatedAt));
  return { current, others };
}

/**
 * The next page's token from Kratos's Link header (`<…?page_token=…>; rel="next"`), if any.
 * Kratos v1.3.1 also sends a "next" link for an empty list, so callers stop on an empty page too.
 */
export function nextPageToken(link: string | null | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!m?.[1] || !/\brel="?next"?/i.test(m[2] ?? '')) continue;
    try {
      return new URL(m[1], 'http://kratos.invalid').searchParams.get('page_token') ?? undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** One request for a page of GET /sessions: by Kratos's page token, or by page number. */
export type PageRequest = { pageToken?: string } | { page: number };

export interface PageResponse {
  items: unknown[];
  /** The Link header. */
  link?: string;
  /** X-Total-Count: how many other active sessions there are. */
  totalCount?: number;
}

export interface CollectedSessions {
  sessions: unknown[];
  total: number;
  /** Every session Kratos counted was read. */
  complete: boolean;
}

/**
 * Reads every page of GET /sessions, as Kratos's Link header leads (rel="next" page_token),
 * without repeats. Kratos v1.3.1 pages off by one (ory/kratos#3883: its store counts pages from
 * 1, its page token from 0), so the second page repeats the first and the last one is never
 * linked; when a linked page brings nothing new while Kratos counts more, the rest is read by
 * page number (`page=2&per_page=…`, which v1.3.1 counts from 1). At most `maxPages` requests.
 */
export async function collectSessions(
  fetchPage: (request: PageRequest) => Promise<PageResponse>,
  { pageSize, maxPages }: { pageSize: number; maxPages: number },
): Promise<CollectedSessions> {
  const byId = new Map<string, unknown>();
  let total = 0;
  let requests = 0;
  const read = async (request: PageRequest) => {
    requests += 1;
    const page = await fetchPage(request);
    if (page.totalCount !== undefined && Number.isFinite(page.totalCount)) total = page.totalCount;
    let added = 0;
    for (const item of page.items) {
      const id = isObject(item) ? str(item.id) : undefined;
      if (id && !byId.has(id)) {
        byId.set(id, item);
        added += 1;
      }
    }
    return { page, added };
  };
  const result = (): CollectedSessions => ({
    sessions: [...byId.values()],
    total: Math.max(total, byId.size),
    complete: byId.size >= total,
  });

  const tokens = new Set<string>();
  let request: PageRequest = {};
  while (requests < maxPages) {
    const { page, added } = await read(request);
    if (byId.size >= total || page.items.length === 0) return result();
    const next = nextPageToken(page.link);
    if (!next || added === 0 || tokens.has(next)) break;
    tokens.add(next);
    request = { pageToken: next };
  }
  for (
    let n = Math.floor(byId.size / pageSize) + 1;
    byId.size < total && requests < maxPages;
    n++
  ) {
    const { added } = await read({ page: n });
    if (added === 0) break;
  }
  return result();
}
