// What the UI tells Kratos with every form it posts there: the page's language, as the flow's
// `transient_payload`. Kratos hands it to the courier templates (`.TransientPayload.locale`,
// see lib/email/courier-templates.ts) and to web hooks. Never put anything secret here: Kratos
// stores it with the courier message and passes it on.

/** The form field Kratos v1.3.1 reads (a JSON object as a string, decoded by the method's schema). */
export const TRANSIENT_PAYLOAD_FIELD = 'transient_payload';

/** The payload for a page in `locale`. */
export function transientPayload(locale: string): string {
  return JSON.stringify({ locale });
}
