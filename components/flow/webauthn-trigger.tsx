'use client';

import { useEffect, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';

// The functions Kratos v1.3.1's webauthn.js puts on window. Kratos also sends the same call as
// an inline `onclick` string, which our CSP (rightly) blocks; we call the function by name, and
// only these names, so a hostile flow cannot make us call anything else on window.
const TRIGGERS = new Set([
  'oryWebAuthnRegistration',
  'oryWebAuthnLogin',
  'oryPasskeyLogin',
  'oryPasskeyLoginAutocompleteInit',
  'oryPasskeyRegistration',
  'oryPasskeySettingsRegistration',
]);

type TriggerFn = (options?: unknown) => unknown;

/** webauthn.js loads async; wait for it to define the trigger (a few seconds at most). */
async function resolveTrigger(name: string): Promise<TriggerFn | undefined> {
  if (!TRIGGERS.has(name)) return undefined;
  const w = window as unknown as Record<string, unknown>;
  for (let waited = 0; waited <= 10_000; waited += 50) {
    const fn = w[name];
    if (typeof fn === 'function') return fn as TriggerFn;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

/** The WebAuthn functions take their options as an argument; the passkey ones read the form. */
function options(value: string | undefined): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

// Several nodes may carry the same onload trigger (passkey autocomplete); start it once per page.
const loaded = new Set<string>();

function useOnLoadTrigger(name: string | undefined) {
  useEffect(() => {
    if (!name || loaded.has(name)) return;
    loaded.add(name);
    void resolveTrigger(name).then((fn) => fn?.());
  }, [name]);
}

/** Runs a node's `onloadTrigger` once webauthn.js is there; renders nothing. */
export function OnLoadTrigger({ name }: { name: string }) {
  useOnLoadTrigger(name);
  return null;
}

/**
 * A Kratos `button` node with `onclickTrigger` (add security key, sign in with passkey, ...).
 * It needs JavaScript by nature; without it the button stays inert and a note says why.
 */
export function TriggerButton({
  trigger,
  onloadTrigger,
  name,
  value,
  disabled,
  noScriptHint,
  children,
}: {
  trigger: string;
  onloadTrigger?: string;
  name: string;
  value?: string;
  disabled?: boolean;
  noScriptHint: string;
  children: ReactNode;
}) {
  useOnLoadTrigger(onloadTrigger);
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        name={name}
        value={value}
        disabled={disabled}
        data-trigger={trigger}
        onClick={() => {
          void resolveTrigger(trigger).then((fn) => fn?.(options(value)));
        }}
      >
        {children}
      </Button>
      <noscript>
        <span className="text-sm text-muted">{noScriptHint}</span>
      </noscript>
    </>
  );
}
