import type { ScriptAttributes } from '@/lib/kratos/types';
import { cspNonce } from '@/lib/nonce';

/**
 * A script Kratos sends (webauthn.js), with the request's CSP nonce read here, where the one
 * `<script>` is rendered, instead of travelling down as a prop. Kratos's `type="text/javascript"`
 * is the default, so it is left out.
 */
export async function KratosScript({ attrs }: { attrs: ScriptAttributes }) {
  return (
    <script
      id={attrs.id}
      src={attrs.src}
      async={attrs.async}
      integrity={attrs.integrity}
      crossOrigin={attrs.crossorigin as '' | 'anonymous' | 'use-credentials' | undefined}
      referrerPolicy={attrs.referrerpolicy as React.HTMLAttributeReferrerPolicy | undefined}
      {...(attrs.type === 'text/javascript' ? {} : { type: attrs.type })}
      nonce={await cspNonce()}
    />
  );
}
