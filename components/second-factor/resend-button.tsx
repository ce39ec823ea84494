'use client';

import { useEffect, useState } from 'react';
import { buttonVariants } from '@/components/ui/variants';

interface Props {
  name: string;
  value: string;
  label: string;
  /** Translated on the server: the label for each number of seconds left, 0 to the cooldown. */
  waitLabels: string[];
  cooldownSeconds: number;
}

/**
 * The resend submit. Server-rendered enabled, so it works without JS; with JS it waits out a
 * short cooldown after a code was just sent, so a new code does not overtake the one in transit.
 */
export function ResendButton({ name, value, label, waitLabels, cooldownSeconds }: Props) {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (cooldownSeconds <= 0) return;
    const until = Date.now() + cooldownSeconds * 1000;
    const tick = () => setLeft(Math.max(0, Math.ceil((until - Date.now()) / 1000)));
    tick();
    const timer = window.setInterval(tick, 500);
    return () => window.clearInterval(timer);
  }, [cooldownSeconds]);
  const waiting = left > 0;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      formNoValidate
      disabled={waiting}
      aria-live="polite"
      data-testid="resend-code"
      className={buttonVariants({ variant: 'secondary' })}
    >
      {waiting ? (waitLabels[left] ?? label) : label}
    </button>
  );
}
