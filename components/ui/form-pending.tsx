'use client';

import { useEffect, useRef } from 'react';

/**
 * Enhances the enclosing native form: marks it pending while it submits and swallows double
 * submissions. The submit button is not disabled, because a disabled submitter would drop its
 * name/value from the posted data.
 */
export function FormPending() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    const onSubmit = (event: SubmitEvent) => {
      if (form.hasAttribute('data-pending')) {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-pending', '');
      form.setAttribute('aria-busy', 'true');
    };
    // A page restored from the back/forward cache must be usable again.
    const onShow = () => {
      form.removeAttribute('data-pending');
      form.removeAttribute('aria-busy');
    };
    form.addEventListener('submit', onSubmit);
    window.addEventListener('pageshow', onShow);
    return () => {
      form.removeEventListener('submit', onSubmit);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);
  return <span ref={ref} hidden />;
}
