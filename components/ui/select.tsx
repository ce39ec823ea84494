import type { SelectHTMLAttributes } from 'react';
import { describedBy, FieldError } from './field-error';
import { cn, inputClass, labelClass } from './variants';

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: { value: string; label: string }[];
  errors?: string[];
}

/** A labelled select whose errors are tied to it. */
export function Select({
  label,
  options,
  errors = [],
  id,
  name,
  className,
  ...props
}: SelectProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className={labelClass}>
        {label}
      </label>
      <select
        id={fieldId}
        name={name}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(fieldId, false, errors)}
        className={cn(inputClass, className)}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${fieldId}-error`} errors={errors} />
    </div>
  );
}
