import { FlowForm } from '@/components/flow/flow-form';
import { FlowMessages } from '@/components/flow/messages';
import { SETTINGS_GROUP_ORDER } from '@/components/flow/group';
import { useI18n, type OwnKey } from '@/lib/i18n';
import type { FlowView } from '@/lib/kratos/types';
import { SectionMemory } from './section-memory';

const SECTIONS: Record<string, { title: OwnKey; description: OwnKey }> = {
  profile: { title: 'settings.profile.title', description: 'settings.profile.description' },
  password: { title: 'settings.password.title', description: 'settings.password.description' },
  totp: { title: 'settings.totp.title', description: 'settings.totp.description' },
  lookup_secret: {
    title: 'settings.lookup-secret.title',
    description: 'settings.lookup-secret.description',
  },
  webauthn: { title: 'settings.webauthn.title', description: 'settings.webauthn.description' },
  passkey: { title: 'settings.passkey.title', description: 'settings.passkey.description' },
  oidc: { title: 'settings.oidc.title', description: 'settings.oidc.description' },
  // Kratos v1.3.1 has no settings for the email code; later versions that add them get a title.
  code: { title: 'settings.code.title', description: 'settings.code.description' },
};

/** The id of a section: forms post to `ui.action#<id>` so the browser comes back to it. */
const sectionId = (group: string) => `settings-${group.replace(/[^a-z0-9_-]/gi, '')}`;

/**
 * Kratos's flow-level messages ("Your changes have been saved!") say nothing about which form
 * was sent. Each form posts to `ui.action#settings-<group>`; browsers keep that fragment
 * through Kratos's 303 back to this page, so CSS `:target` shows the messages inside the
 * section that was submitted, with or without JavaScript. Without a target they show on top.
 */
export function SettingsMessages({ flow }: { flow: FlowView }) {
  return (
    <div className="[:root:has([data-settings-section]:target)_&]:hidden">
      <FlowMessages messages={flow.messages} />
    </div>
  );
}

/** The settings flow as one section (heading, description, form) per method group. */
export function SettingsSections({ flow }: { flow: FlowView }) {
  const { t } = useI18n();
  return (
    <>
      <SectionMemory hasMessages={flow.messages.length > 0} />
      <FlowForm
        flow={flow}
        sections={{
          order: SETTINGS_GROUP_ORDER,
          action: (group) => `${flow.action}#${sectionId(group)}`,
          wrap: (group, form) => {
            const id = sectionId(group);
            const copy = SECTIONS[group];
            return (
              <section
                id={id}
                aria-labelledby={`${id}-title`}
                data-settings-section={group}
                data-testid={id}
                className="group/section card scroll-mt-6"
              >
                <h2 id={`${id}-title`} className="text-lg font-semibold">
                  {copy ? t(copy.title) : group}
                </h2>
                {copy ? <p className="mt-1 text-sm text-muted">{t(copy.description)}</p> : null}
                <div className="mt-4 hidden group-target/section:block">
                  <FlowMessages messages={flow.messages} />
                </div>
                {form}
              </section>
            );
          },
        }}
      />
    </>
  );
}
