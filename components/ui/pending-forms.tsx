'use client';

import { useEffect } from 'react';

/**
 * Enhances every native form of the page, from one listener on the document: a form that is
 * submitting is marked pending (`data-pending`, `aria-busy`) and a second submission of it is
 * swallowed. The submit button is not disabled, because a disabled submitter would drop its
 * name/value from the posted data. A submission another handler has already cancelled is left
 * alone. One leaf in the document instead of one per form: each would cost a client component
 * and its placeholder in every page's HTML and flight data.
 */
export function PendingForms() {
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return;
      if (form.hasAttribute('data-pending')) {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-pending', '');
      form.setAttribute('aria-busy', 'true');
    };
    // A page restored from the back/forward cache must be usable again.
    const onShow = () => {
      for (const form of document.querySelectorAll('form[data-pending]')) {
        form.removeAttribute('data-pending');
        form.removeAttribute('aria-busy');
      }
    };
    document.addEventListener('submit', onSubmit);
    window.addEventListener('pageshow', onShow);
    return () => {
      document.removeEventListener('submit', onSubmit);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);
  return null;
}
