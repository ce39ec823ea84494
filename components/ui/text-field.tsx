import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldError } from './field-error';
import { cn, inputClass, labelClass } from './variants';

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
  className,
  ...props
}: TextFieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className={labelClass}>
        {label}
      </label>
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={fieldId}
        name={name}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(fieldId, !!hint, errors)}
        className={cn(inputClass, className)}
        {...props}
      />
      <FieldError id={`${fieldId}-error`} errors={errors} />
    </div>
  );
}
