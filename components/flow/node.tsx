import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { tm } from '@/lib/i18n';
import type { InputAttributes, UiNode } from '@/lib/kratos/types';

function valueString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function nodeLabel(node: UiNode, attrs: InputAttributes): string {
  return tm(node.label ?? attrs.label) || attrs.name;
}

/** Renders one Kratos node. Unknown node types render a visible placeholder instead of vanishing. */
export function FlowNode({ node, nonce }: { node: UiNode; nonce?: string }) {
  const a = node.attributes;
  switch (a.nodeType) {
    case 'input':
      return <InputNode node={node} attrs={a} />;
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
      return (
        <div className="flex flex-col gap-1" id={a.id}>
          {node.label ? <p className="text-sm font-medium">{tm(node.label)}</p> : null}
          <code className="block break-all rounded-brand bg-background p-2 text-sm">
            {tm(a.text)}
          </code>
        </div>
      );
    case 'a':
      return (
        <a id={a.id} href={a.href} className="text-primary underline">
          {tm(a.title)}
        </a>
      );
    case 'script':
      return (
        <script
          id={a.id}
          src={a.src}
          async={a.async}
          integrity={a.integrity}
          crossOrigin={a.crossorigin as '' | 'anonymous' | 'use-credentials' | undefined}
          referrerPolicy={a.referrerpolicy as React.HTMLAttributeReferrerPolicy | undefined}
          type={a.type}
          nonce={nonce}
        />
      );
    case 'div':
      return <div id={a.id} className={a.className} />;
    default:
      return (
        <p className="text-sm text-muted" data-unknown-node={a.rawType}>
          Unsupported form element ({a.rawType}).
        </p>
      );
  }
}

function InputNode({ node, attrs }: { node: UiNode; attrs: InputAttributes }) {
  const errors = node.messages.filter((m) => m.type === 'error').map(tm);
  const infos = node.messages.filter((m) => m.type !== 'error').map(tm);
  const value = valueString(attrs.value);
  const label = nodeLabel(node, attrs);

  switch (attrs.type) {
    case 'hidden':
      return <input type="hidden" name={attrs.name} value={value ?? ''} />;
    case 'submit':
    case 'button':
      return (
        <Button
          type={attrs.type === 'submit' ? 'submit' : 'button'}
          name={attrs.name}
          value={value ?? ''}
          disabled={attrs.disabled}
          variant={
            node.group === 'oidc' || node.group === 'lookup_secret' ? 'secondary' : 'primary'
          }
          formNoValidate={attrs.name === 'resend' || attrs.name === 'address' ? true : undefined}
        >
          {label}
        </Button>
      );
    case 'checkbox':
      return (
        <div className="flex flex-col gap-1">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={attrs.name}
              value="true"
              defaultChecked={attrs.value === true}
              required={attrs.required}
              disabled={attrs.disabled}
              aria-invalid={errors.length ? true : undefined}
            />
            {label}
          </label>
          {errors.length ? (
            <p role="alert" className="text-sm text-danger">
              {errors.join(' ')}
            </p>
          ) : null}
        </div>
      );
    default:
      if (attrs.options?.length) {
        return (
          <div className="flex flex-col gap-1">
            <label htmlFor={`field-${attrs.name}`} className="text-sm font-medium">
              {label}
            </label>
            <select
              id={`field-${attrs.name}`}
              name={attrs.name}
              defaultValue={value}
              required={attrs.required}
              disabled={attrs.disabled}
              className="rounded-brand border border-border bg-surface px-3 py-2"
            >
              {attrs.options.map((o) => (
                <option key={valueString(o.value)} value={valueString(o.value)}>
                  {tm(o.label) || valueString(o.value)}
                </option>
              ))}
            </select>
          </div>
        );
      }
      return (
        <TextField
          label={label}
          name={attrs.name}
          type={attrs.type}
          defaultValue={attrs.type === 'password' ? undefined : value}
          required={attrs.required}
          disabled={attrs.disabled}
          autoComplete={attrs.autocomplete}
          pattern={attrs.pattern}
          maxLength={attrs.maxlength}
          errors={errors}
          hint={infos.join(' ') || undefined}
        />
      );
  }
}
