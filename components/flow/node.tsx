import type { ReactElement } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Select } from '@/components/ui/select';
import { TextLink } from '@/components/ui/text-link';
import { TextField } from '@/components/ui/text-field';
import { present } from '@/components/ui/props';
import { useI18n, type I18n } from '@/lib/i18n';
import { fieldLabel } from '@/lib/kratos/schema-titles';
import type { InputAttributes, TextAttributes, UiMessage, UiNode } from '@/lib/kratos/types';
import { isInvalidPhoneMessage, isPhoneField } from '@/lib/phone';
import { KratosScript } from './kratos-script';
import { OnLoadTrigger, TriggerButton } from './webauthn-trigger';

function valueString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function nodeLabel(i18n: I18n, node: UiNode, attrs: InputAttributes): string {
  return fieldLabel(i18n, attrs.name, node.label ?? attrs.label) || attrs.name;
}

// Kratos sends no autocomplete for its one-time-code fields; browsers and password managers
// behave better with one. Kratos's own value always wins.
const AUTOCOMPLETE: Record<string, string> = {
  code: 'one-time-code',
  totp_code: 'one-time-code',
  lookup_secret: 'off',
};
const NUMERIC = new Set(['code', 'totp_code']);

/**
 * Only a method's own primary button (`method=...`, or a two-step "continue") validates the
 * form; the others (resend, back, link, remove, reveal, ...) must post even when a required
 * field of the same form is empty.
 */
export function validatesForm(attrs: InputAttributes): boolean {
  if (attrs.name === 'method') return true;
  return attrs.name === 'screen' && valueString(attrs.value) !== 'previous';
}

/** Renders one Kratos node. Unknown node types render a visible placeholder instead of vanishing. */
export function FlowNode({
  node,
  focus,
  joined,
}: {
  node: UiNode;
  focus?: boolean;
  /** A node of another method sharing this form (see groupNodes): its button does not validate the form's own fields. */
  joined?: boolean;
}) {
  const { t, tm } = useI18n();
  const a = node.attributes;
  switch (a.nodeType) {
    case 'input':
      return <InputNode node={node} attrs={a} focus={focus} joined={joined} />;
    case 'img':
      return (
        // eslint-disable-next-line @next/next/no-img-element -- Kratos serves data: URIs (the TOTP QR code).
        <img
          id={a.id}
          src={a.src}
          width={a.width}
          height={a.height}
          alt={tm(node.label) || a.id}
          className="mx-auto"
        />
      );
    case 'text':
      return <TextNode node={node} attrs={a} />;
    case 'a':
      return (
        <TextLink id={a.id} href={a.href}>
          {tm(a.title)}
        </TextLink>
      );
    case 'script':
      return <KratosScript attrs={a} />;
    case 'div':
      return <div id={a.id} className={a.className} />;
    default:
      return (
        <p className="text-sm text-muted" data-unknown-node={a.rawType}>
          {t('flow.unsupported-node', { type: a.rawType })}
        </p>
      );
  }
}

/** A text node: the TOTP secret, or the backup codes (one message per code) as a list. */
function TextNode({ node, attrs }: { node: UiNode; attrs: TextAttributes }) {
  const { tm } = useI18n();
  const label = node.label ? <p className="text-sm font-medium">{tm(node.label)}</p> : null;
  if (attrs.secrets) {
    return (
      <div className="flex flex-col gap-2" id={attrs.id}>
        {label}
        <ul
          className="grid grid-cols-2 gap-2 rounded-brand bg-background p-3 font-mono text-sm"
          data-testid="backup-codes"
        >
          {attrs.secrets.map((secret, i) => (
            <li key={i} data-message-id={secret.id}>
              <code>{tm(secret)}</code>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-1" id={attrs.id}>
      {label}
      <code className="block break-all rounded-brand bg-background p-2 text-sm">
        {tm(attrs.text)}
      </code>
    </div>
  );
}

// A node's extras (its messages, its onload trigger) only when it has them: an empty slot is
// one more `null` in Next's flight data for every control on the page.
function withMessages(control: ReactElement, node: UiNode): ReactElement {
  if (!node.messages.length) return control;
  return (
    <>
      {control}
      <NodeMessages messages={node.messages} />
    </>
  );
}

function withOnLoad(control: ReactElement, attrs: InputAttributes): ReactElement {
  if (!attrs.onloadTrigger) return control;
  return (
    <>
      {control}
      <OnLoadTrigger name={attrs.onloadTrigger} />
    </>
  );
}

function NodeMessages({ messages }: { messages: UiMessage[] }) {
  const { tm } = useI18n();
  if (!messages.length) return null;
  return (
    <>
      {messages.map((m, i) => (
        <p
          key={`${m.id}-${i}`}
          role={m.type === 'error' ? 'alert' : undefined}
          className={`text-sm ${m.type === 'error' ? 'text-danger' : 'text-muted'}`}
          data-message-id={m.id}
        >
          {tm(m)}
        </p>
      ))}
    </>
  );
}

function InputNode({
  node,
  attrs,
  focus,
  joined,
}: {
  node: UiNode;
  attrs: InputAttributes;
  focus?: boolean;
  joined?: boolean;
}) {
  const i18n = useI18n();
  const { t, tm } = i18n;
  // A phone number that is not one: Kratos's message is JSON schema's English ("… is not
  // valid "tel""), so we say it ourselves, and how to write one.
  const errors = node.messages
    .filter((m) => m.type === 'error')
    .map((m) => (isInvalidPhoneMessage(node, m) ? t('field.phone.invalid') : tm(m)));
  const infos = node.messages.filter((m) => m.type !== 'error').map(tm);
  if (isPhoneField(node) && !infos.length && !errors.length) infos.push(t('field.phone.hint'));
  const value = valueString(attrs.value);
  // An empty value is no value for a hidden input, a trigger button or a text field: one
  // attribute less in the HTML and the flight data (without one, a hidden input posts "" all
  // the same).
  const given = value || undefined;
  const label = nodeLabel(i18n, node, attrs);

  switch (attrs.type) {
    case 'hidden':
      return withOnLoad(
        <input {...present({ type: 'hidden', name: attrs.name, value: given })} />,
        attrs,
      );
    case 'submit': {
      // A joined method's button (the passwordless "Send sign in code" beside the password)
      // must post even with the password field empty; Kratos checks what that method needs.
      const validates = validatesForm(attrs) && !joined;
      return withMessages(
        <Button
          type="submit"
          name={attrs.name}
          value={value ?? ''}
          disabled={attrs.disabled}
          variant={validates ? 'primary' : 'secondary'}
          formNoValidate={validates ? undefined : true}
        >
          {label}
        </Button>,
        node,
      );
    }
    case 'button':
      if (attrs.onclickTrigger) {
        return withMessages(
          <TriggerButton
            {...present({
              trigger: attrs.onclickTrigger,
              onloadTrigger: attrs.onloadTrigger,
              name: attrs.name,
              value: given,
              disabled: attrs.disabled,
              noScriptHint: t('flow.needs-javascript'),
            })}
          >
            {label}
          </TriggerButton>,
          node,
        );
      }
      // A button Kratos gives no behaviour to does nothing; never let it submit the form.
      return (
        <Button type="button" variant="secondary" name={attrs.name} disabled={attrs.disabled}>
          {label}
        </Button>
      );
    case 'checkbox':
      return (
        <Checkbox
          name={attrs.name}
          value="true"
          defaultChecked={attrs.value === true}
          required={attrs.required}
          disabled={attrs.disabled}
          label={label}
          errors={errors}
        />
      );
    default:
      if (attrs.options?.length) {
        return (
          <Select
            name={attrs.name}
            label={label}
            defaultValue={value}
            required={attrs.required}
            disabled={attrs.disabled}
            errors={errors}
            options={attrs.options.map((o) => ({
              value: valueString(o.value) ?? '',
              label: tm(o.label) || (valueString(o.value) ?? ''),
            }))}
          />
        );
      }
      return withOnLoad(
        <TextField
          label={label}
          name={attrs.name}
          type={attrs.type}
          defaultValue={attrs.type === 'password' ? undefined : given}
          required={attrs.required}
          disabled={attrs.disabled}
          autoComplete={attrs.autocomplete ?? AUTOCOMPLETE[attrs.name]}
          inputMode={NUMERIC.has(attrs.name) ? 'numeric' : undefined}
          pattern={attrs.pattern}
          maxLength={attrs.maxlength}
          errors={errors}
          hint={infos.join(' ') || undefined}
          autoFocus={focus}
        />,
        attrs,
      );
  }
}

/** The field a user should fix first: focus moves there when a form comes back with errors. */
export function firstErrorNode(nodes: UiNode[]): UiNode | undefined {
  return nodes.find(
    (n) =>
      n.attributes.nodeType === 'input' &&
      n.attributes.type !== 'hidden' &&
      n.messages.some((m) => m.type === 'error'),
  );
}
