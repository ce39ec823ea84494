import type { ReactNode } from 'react';
import { describedBy, FieldError } from './field-error';
import { cx, inputClass, labelClass } from './variants';

/** The frame of a labelled control: label, optional hint, the control, and its errors. */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors: string[];
  /** Gets the aria-describedby value that ties the hint and errors to the control. */
  children: (describedBy: string | undefined) => ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children(describedBy(id, !!hint, errors))}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** The attributes every text-like control in a Field shares. */
export function controlProps(
  id: string,
  name: string | undefined,
  errors: string[],
  described: string | undefined,
  className?: string,
) {
  return {
    id,
    name,
    'aria-invalid': errors.length ? true : undefined,
    'aria-describedby': described,
    className: cx(inputClass, className),
  };
}
