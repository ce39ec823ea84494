import 'server-only';
import {
  Configuration,
  ResponseError,
  type ApiResponse,
  type InitOverrideFunction,
} from '@ory/client-fetch';
import { headers } from 'next/headers';
import { logger } from '@/lib/log';

// One way to call Kratos and Hydra: Ory's fetch-based SDK builds the request (path, query,
// cookie), and the answer comes back as plain JSON with its status. The SDK's own model
// classes are never used: the adapters validate the JSON with zod at their edge instead.

/** What a call answered: a status of 0 means no answer at all (network error, timeout). */
export type SdkResult =
  | { ok: true; status: number; body: unknown; headers: Headers }
  | { ok: false; status: number; body: unknown; headers?: Headers };

/**
 * SDK configuration whose every request gives up after `timeoutMs` and is never cached. `send`
 * is the fetch underneath (lib/kratos/sdk.ts passes the one with Kratos's write queue).
 */
export function sdkConfiguration(
  basePath: string,
  timeoutMs: number,
  send: typeof fetch = fetch,
): Configuration {
  return new Configuration({
    basePath,
    fetchApi: (input, init) =>
      send(input, { ...init, signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' }),
  });
}

/** Extra request options for one call: headers added to the SDK's, and a manual redirect. */
export function withRequestOptions(
  extraHeaders: Record<string, string>,
  redirect?: RequestRedirect,
): InitOverrideFunction {
  return async ({ init }) => ({
    headers: { ...(init.headers as Record<string, string>), ...extraHeaders },
    ...(redirect ? { redirect } : {}),
  });
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** This request's id (proxy.ts gives every request one); undefined outside a request. */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get('x-request-id') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs one SDK call (its *Raw variant) and logs service, operation, status and duration with
 * the request id (the caller's, else this request's: the admin calls of a notification hook
 * are logged with the hook's). Never throws for an HTTP or network failure, and never logs
 * values.
 */
export async function sdkCall(
  service: 'kratos' | 'hydra',
  op: string,
  run: () => Promise<ApiResponse<unknown>>,
  requestId?: string,
): Promise<SdkResult> {
  const started = performance.now();
  let result: SdkResult;
  try {
    const { raw } = await run();
    result = { ok: true, status: raw.status, body: await readJson(raw), headers: raw.headers };
  } catch (err) {
    if (err instanceof ResponseError) {
      const { response } = err;
      result = {
        ok: false,
        status: response.status,
        body: await readJson(response),
        headers: response.headers,
      };
    } else {
      result = { ok: false, status: 0, body: undefined };
    }
  }
  logger.info(`${service} call`, {
    requestId: requestId ?? (await currentRequestId()),
    op,
    status: result.status,
    ms: Math.round(performance.now() - started),
  });
  return result;
}
