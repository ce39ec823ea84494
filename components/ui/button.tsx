import type { ButtonHTMLAttributes } from 'react';
import { present } from './props';
import { buttonVariants, cx, type ButtonVariant } from './variants';

export function Button({
  variant = 'primary',
  className,
  type = 'submit',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return (
    <button
      {...present({ type, className: cx(buttonVariants({ variant }), className), ...props })}
    />
  );
}
