import type { SelectHTMLAttributes } from 'react';
import { controlProps, Field } from './field';
import { present } from './props';

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
    <Field id={fieldId} label={label} errors={errors}>
      {(described) => (
        <select
          {...present({ ...controlProps(fieldId, name, errors, described, className), ...props })}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
