// Field titles of the identity schema, translated. Kratos labels a trait's input with message
// 1070002 ("{title}") and the schema's own title, in whatever language the schema was written
// in. Our catalogs (and a team's lib/i18n/overrides.json) hold `schema.<field name>` keys, e.g.
// `schema.traits.email` or `schema.traits.name.first`; a field without one keeps its title.
import { KRATOS_MESSAGE } from './message-ids';
import type { UiMessage } from './types';
import type { OwnKey } from '@/lib/i18n/en';
import type { Translator } from '@/lib/i18n/translator';

/** The catalog key of a schema field's title ("schema.traits.email", "schema.identifier"). */
const schemaTitleKey = (field: string) => `schema.${field}`;

/** A node's label: the catalog's title for a trait field, else Kratos's label translated. */
export function fieldLabel(
  i18n: Pick<Translator, 't' | 'tm'>,
  field: string,
  label: UiMessage | undefined,
): string {
  // The sign-in's `identifier` field is titled after the schema's identifier trait (the email in
  // the default schema): `schema.identifier`.
  if (
    label?.id === KRATOS_MESSAGE.SCHEMA_TITLE &&
    (field.startsWith('traits.') || field === 'identifier')
  ) {
    const key = schemaTitleKey(field);
    // A team's own key lives only in overrides.json: t() answers the key itself when no
    // catalog has it.
    const title = i18n.t(key as OwnKey);
    if (title !== key) return title;
  }
  return i18n.tm(label);
}
