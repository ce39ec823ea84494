import type { ReactElement } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { getI18n } from '@/lib/i18n';
import { mapFlow } from '@/lib/kratos/map';
import type { FlowKind } from '@/lib/kratos/types';
import { captured } from './fixtures';

export const testCtx = {
  internalUrl: 'http://127.0.0.1:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: [] as string[],
};

/** A captured Kratos flow as the pages get it. */
export const capturedFlow = (kind: FlowKind, name: string) =>
  mapFlow(kind, captured(name).body, testCtx);

/**
 * Renders a server component tree to HTML, in English (outside a request), waiting for what it
 * awaits (the request's CSP nonce, the translator) as the server does. React's markers for
 * streaming (`<!-- -->` between text nodes, Suspense boundaries) are left out: tests read markup.
 */
export async function render(element: ReactElement): Promise<string> {
  await getI18n();
  const stream = await renderToReadableStream(element, {
    onError(error) {
      throw error;
    },
  });
  await stream.allReady;
  const html = await new Response(stream).text();
  return html.replace(/<!--(?: |\$\??|\/\$)-->/g, '');
}

/**
 * Renders into the test's DOM (a file with `// @vitest-environment jsdom`) and returns the
 * container, for Testing Library's queries by role and accessible name.
 */
export async function renderToDom(element: ReactElement): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = await render(element);
  document.body.replaceChildren(container);
  return container;
}
