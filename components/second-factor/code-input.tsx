'use client';

import type { InputHTMLAttributes } from 'react';

/** The one-time-code input; strips spaces and dashes as the user types or pastes. */
export function CodeInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input
      {...props}
      onInput={(event) => {
        const el = event.currentTarget;
        const clean = el.value.replace(/[\s-]+/g, '');
        if (clean !== el.value) el.value = clean;
      }}
    />
  );
}
