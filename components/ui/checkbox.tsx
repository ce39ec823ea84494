import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldError } from './field-error';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  errors?: string[];
}

/** A checkbox with its label, and its errors tied to it. */
export function Checkbox({ label, errors = [], id, name, ...props }: CheckboxProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={fieldId} className="flex items-center gap-2 text-sm font-normal">
        <input
          type="checkbox"
          id={fieldId}
          name={name}
          className="h-4 w-4"
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={describedBy(fieldId, false, errors)}
          {...props}
        />
        {label}
      </label>
      <FieldError id={`${fieldId}-error`} errors={errors} />
    </div>
  );
}
