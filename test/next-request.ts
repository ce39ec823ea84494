// Unit tests render outside a request: next/headers answers with the headers a test sets here
// (for example the CSP nonce proxy.ts puts on x-nonce). A setup file, so every test file has it.
import { beforeEach, vi } from 'vitest';

export const requestHeaders = new Headers();

vi.mock('next/headers', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/headers')>()),
  headers: async () => requestHeaders,
}));

beforeEach(() => {
  for (const name of [...requestHeaders.keys()]) requestHeaders.delete(name);
});
