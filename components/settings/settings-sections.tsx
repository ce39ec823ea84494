import { FlowMessages } from '@/components/flow/messages';
import { FlowNode, firstErrorNode } from '@/components/flow/node';
import { groupNodes, scriptNodes, SETTINGS_GROUP_ORDER } from '@/components/flow/group';
import { LocalePayload } from '@/components/flow/locale-payload';
import { FormPending } from '@/components/ui/form-pending';
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
  const groups = groupNodes(flow.nodes, SETTINGS_GROUP_ORDER);
  const focus = firstErrorNode(flow.nodes);
  return (
    <>
      <SectionMemory hasMessages={flow.messages.length > 0} />
      {scriptNodes(flow.nodes).map((node, i) => (
        <FlowNode key={`script-${i}`} node={node} />
      ))}
      {groups.map(({ group, nodes }) => {
        const id = sectionId(group);
        const copy = SECTIONS[group];
        return (
          <section
            key={group}
            id={id}
            aria-labelledby={`${id}-title`}
            data-settings-section={group}
            data-testid={id}
            className="group/section w-full max-w-md scroll-mt-6 rounded-brand border border-border bg-surface p-6 shadow-sm sm:p-8"
          >
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              {copy ? t(copy.title) : group}
            </h2>
            {copy ? <p className="mt-1 text-sm text-muted">{t(copy.description)}</p> : null}
            <div className="mt-4 hidden group-target/section:block">
              <FlowMessages messages={flow.messages} />
            </div>
            <form
              method="post"
              action={`${flow.action}#${id}`}
              className="mt-4 flex flex-col gap-4"
              data-group={group}
            >
              {nodes.map((node, i) => (
                <FlowNode key={`${group}-${i}`} node={node} focus={node === focus} />
              ))}
              <LocalePayload />
              <FormPending />
            </form>
          </section>
        );
      })}
    </>
  );
}
