'use client';

import { useEffect } from 'react';

const KEY = 'settings-section';
const MAX_AGE_MS = 30 * 60 * 1000;

/**
 * Brings the user back to the section they last sent. Normally the `#settings-<group>` on each
 * form's action does that without JavaScript; but when Kratos first sends them through
 * re-authentication (privileged_session_max_age), the fragment is lost on the sign-in form.
 * This remembers the section for the tab and restores it when the flow comes back with news.
 */
export function SectionMemory({ hasMessages }: { hasMessages: boolean }) {
  useEffect(() => {
    const remember = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const inForm = event.type === 'submit' || target?.closest('button');
      const section = inForm ? target?.closest('[data-settings-section]') : null;
      if (section?.id) {
        sessionStorage.setItem(KEY, JSON.stringify({ id: section.id, at: Date.now() }));
      }
    };
    // Clicks too: webauthn.js submits with form.submit(), which fires no submit event.
    document.addEventListener('submit', remember, true);
    document.addEventListener('click', remember, true);

    const saved = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    try {
      const { id, at } = (JSON.parse(saved ?? 'null') as { id?: unknown; at?: unknown }) ?? {};
      const fresh = typeof at === 'number' && Date.now() - at < MAX_AGE_MS;
      if (
        hasMessages &&
        fresh &&
        typeof id === 'string' &&
        !window.location.hash &&
        document.getElementById(id)?.hasAttribute('data-settings-section')
      ) {
        // A same-document navigation (unlike history.replaceState) updates :target, which
        // moves the flow's messages into that section.
        window.location.replace(`#${id}`);
      }
    } catch {
      // A mangled entry: nothing to restore.
    }
    return () => {
      document.removeEventListener('submit', remember, true);
      document.removeEventListener('click', remember, true);
    };
  }, [hasMessages]);
  return null;
}
