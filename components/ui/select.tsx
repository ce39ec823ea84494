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
  return (
    <Field id={id} name={name} label={label} errors={errors}>
      {(tie) => (
        <select {...present({ ...controlProps(tie, name, errors, className), ...props })}>
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
