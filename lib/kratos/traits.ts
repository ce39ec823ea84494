// The person's name in an identity's traits, as the default schema and common ones hold it: a
// `name` string, or `name.first` and `name.last`. Used by the ID token's profile claims and the
// account overview.

export interface ProfileName {
  given?: string;
  family?: string;
  /** The whole name: the string, or given and family joined. */
  full?: string;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function profileName(traits: Record<string, unknown>): ProfileName {
  const name = traits.name;
  if (typeof name === 'string') return { full: text(name) };
  if (!name || typeof name !== 'object') return {};
  const { first, last } = name as Record<string, unknown>;
  const given = text(first);
  const family = text(last);
  const full = [given, family].filter(Boolean).join(' ') || undefined;
  return { given, family, full };
}
