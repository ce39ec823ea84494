import { errorTextClass } from './variants';

/** The errors of one field, announced, with the id its control points at (aria-describedby). */
export function FieldError({ id, errors }: { id: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <p id={id} role="alert" className={errorTextClass}>
      {errors.join(' ')}
    </p>
  );
}

/** The aria-describedby value for a control with an optional hint and errors. */
export function describedBy(fieldId: string, hint: boolean, errors: string[]): string | undefined {
  const ids = [hint ? `${fieldId}-hint` : '', errors.length ? `${fieldId}-error` : ''];
  return ids.filter(Boolean).join(' ') || undefined;
}
