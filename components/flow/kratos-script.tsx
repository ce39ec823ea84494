import type { ScriptAttributes } from '@/lib/kratos/types';
import { cspNonce } from '@/lib/nonce';
import { present } from '@/components/ui/props';

/**
 * A script Kratos sends (webauthn.js), with the request's CSP nonce read here, where the one
 * `<script>` is rendered, instead of travelling down as a prop. Kratos's `type="text/javascript"`
 * is the default, so it is left out.
 */
export async function KratosScript({ attrs }: { attrs: ScriptAttributes }) {
  return (
    <script
      {...present({
        id: attrs.id,
        src: attrs.src,
        async: attrs.async,
        integrity: attrs.integrity,
        crossOrigin: attrs.crossorigin as '' | 'anonymous' | 'use-credentials' | undefined,
        referrerPolicy: attrs.referrerpolicy as React.HTMLAttributeReferrerPolicy | undefined,
        type: attrs.type === 'text/javascript' ? undefined : attrs.type,
        nonce: await cspNonce(),
      })}
    />
  );
}
