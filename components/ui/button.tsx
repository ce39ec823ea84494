import type { ButtonHTMLAttributes } from 'react';
import { buttonVariants, cx, type ButtonVariant } from './variants';

export function Button({
  variant = 'primary',
  className,
  type = 'submit',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={cx(buttonVariants({ variant }), className)} {...props} />;
}
