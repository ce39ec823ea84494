import type { ReactNode } from 'react';
import { describedBy, FieldError } from './field-error';
import { cx, inputClass } from './variants';

/** How a control is tied to its Field: its id, and what describes it (hint, errors). */
export interface FieldTie {
  id: string | undefined;
  describedBy: string | undefined;
}

/**
 * The frame of a labelled control: label, optional hint, the control, and its errors. With
 * nothing to describe it, the label wraps the control (`<label class="field">`), so neither needs
 * an id: one attribute pair less per field in the HTML and in Next's flight data (issue 27).
 * With a hint or errors, the control gets an id (`id`, else `field-<name>`) that the label and
 * aria-describedby point at.
 */
export function Field({
  id,
  name,
  label,
  hint,
  errors,
  children,
}: {
  id: string | undefined;
  name: string | undefined;
  label: string;
  hint?: string;
  errors: string[];
  children: (tie: FieldTie) => ReactNode;
}) {
  if (!hint && !errors.length) {
    return (
      <label className="field">
        {label}
        {children({ id, describedBy: undefined })}
      </label>
    );
  }
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id: fieldId, describedBy: describedBy(fieldId, !!hint, errors) })}
      <FieldError id={`${fieldId}-error`} errors={errors} />
    </div>
  );
}

/** The attributes every text-like control in a Field shares. */
export function controlProps(
  tie: FieldTie,
  name: string | undefined,
  errors: string[],
  className?: string,
) {
  return {
    id: tie.id,
    name,
    'aria-invalid': errors.length ? true : undefined,
    'aria-describedby': tie.describedBy,
    className: cx(inputClass, className),
  };
}
