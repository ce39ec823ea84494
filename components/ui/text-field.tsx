import type { InputHTMLAttributes } from 'react';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  errors?: string[];
  hint?: string;
}

/** A labelled input whose errors are tied to it for assistive technology. */
export function TextField({
  label,
  errors = [],
  hint,
  id,
  name,
  className = '',
  ...props
}: TextFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = errors.length ? `${fieldId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={fieldId}
        name={name}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
        className={`rounded-brand border border-border bg-surface px-3 py-2 text-foreground focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring aria-invalid:border-danger ${className}`}
        {...props}
      />
      {errors.length ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
