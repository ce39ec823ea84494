// Kratos's JSON, validated with zod at the adapter's edge. Kratos is trusted but not assumed:
// a field of the wrong type falls back to a safe default instead of breaking the page, and a
// node or message that is not one at all is dropped. Raw shapes stay in lib/kratos.
import { z } from 'zod';

const text = z.string().optional().catch(undefined);
const flag = z.boolean().optional().catch(undefined);
const count = z.number().optional().catch(undefined);
const record = z.record(z.string(), z.unknown());
const object = record.optional().catch(undefined);

/** A message: the id is what we translate, so without one it is not a message. */
const message = z.object({
  id: z.number(),
  type: z.enum(['info', 'error', 'success']).catch('info'),
  text: z.string().catch(''),
  context: object,
});
export type RawMessage = z.infer<typeof message>;

const optionalMessage = message.optional().catch(undefined);

/** A list of which only the valid entries are kept. */
function listOf<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items.flatMap((raw) => {
        const parsed = item.safeParse(raw);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    );
}

export const messages = listOf(message);

const attributes = z.object({
  node_type: text,
  name: text,
  type: text,
  value: z.unknown().optional(),
  required: flag,
  disabled: flag,
  autocomplete: text,
  pattern: text,
  maxlength: count,
  label: optionalMessage,
  options: listOf(z.object({ value: z.unknown().optional(), label: optionalMessage })).optional(),
  onclickTrigger: text,
  onloadTrigger: text,
  id: text,
  src: text,
  width: count,
  height: count,
  text: optionalMessage,
  href: text,
  title: optionalMessage,
  integrity: text,
  crossorigin: text,
  referrerpolicy: text,
  async: flag,
  class: text,
});
export type RawAttributes = z.infer<typeof attributes>;

export const node = z.object({
  type: text,
  group: z.string().catch('default'),
  attributes: attributes.catch({}),
  messages,
  meta: z.object({ label: optionalMessage }).catch({}),
});
export type RawNode = z.infer<typeof node>;

export const flow = z
  .object({
    id: z.string().catch(''),
    state: text,
    request_url: text,
    return_to: text,
    requested_aal: text,
    refresh: flag,
    oauth2_login_challenge: text,
    oauth2_login_request: z.unknown().optional(),
    ui: z
      .object({
        action: z.string().catch(''),
        method: z.string().catch('POST'),
        messages,
        nodes: listOf(node),
      })
      .catch({ action: '', method: 'POST', messages: [], nodes: [] }),
  })
  .catch({
    id: '',
    ui: { action: '', method: 'POST', messages: [], nodes: [] },
  });

/** Kratos's error, on the API wrapped as {error: {...}}, on /self-service/errors bare. */
const errorFields = z.object({
  code: count,
  id: text,
  reason: text,
  message: text,
  details: object,
});

export const errorBody = errorFields
  .extend({
    error: errorFields.optional().catch(undefined),
    redirect_browser_to: text,
    use_flow_id: text,
  })
  .catch({});

export const session = z.object({
  id: z.string().catch(''),
  authenticator_assurance_level: z.string().catch('aal1'),
  expires_at: text,
  authenticated_at: text,
  authentication_methods: listOf(z.object({ method: z.string().catch('unknown') })),
  identity: z.object({
    id: z.string().catch(''),
    traits: record.catch({}),
    verifiable_addresses: listOf(
      z.object({
        value: z.string().catch(''),
        via: z.string().catch(''),
        verified: z.boolean().catch(false),
      }),
    ),
  }),
});
