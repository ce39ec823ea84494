import { describe, expect, it } from 'vitest';
import type { UiMessage } from '@/lib/kratos/types';
import { fieldLabel } from './schema-titles';
import { createTranslator } from '@/lib/i18n/translator';

const title = (text: string): UiMessage => ({
  id: 1070002,
  text,
  type: 'info',
  context: { title: text },
});

describe('schema field titles', () => {
  it('translates the default schema from our catalogs', () => {
    const fr = createTranslator('fr');
    expect(fieldLabel(fr, 'traits.email', title('E-Mail'))).toBe('Adresse e-mail');
    expect(fieldLabel(fr, 'traits.name.first', title('First name'))).toBe('Prénom');
    expect(fieldLabel(createTranslator('ja'), 'traits.name.last', title('Last name'))).toBe('姓');
  });

  it("takes a team's own field from overrides.json, and keeps an unknown field's title", () => {
    const de = createTranslator('de', {
      overrides: { de: { 'schema.traits.company': 'Firma' } },
    });
    expect(fieldLabel(de, 'traits.company', title('Company'))).toBe('Firma');
    expect(fieldLabel(de, 'traits.nickname', title('Nickname'))).toBe('Nickname');
  });
});
