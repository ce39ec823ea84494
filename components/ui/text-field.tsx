import type { InputHTMLAttributes } from 'react';
import { controlProps, Field } from './field';
import { present } from './props';

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
  return (
    <Field id={id} name={name} label={label} hint={hint} errors={errors}>
      {(tie) => <input {...present({ ...controlProps(tie, name, errors, className), ...props })} />}
    </Field>
  );
}
