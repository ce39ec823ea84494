import type { ButtonHTMLAttributes } from 'react';
import { buttonVariants, cn, type ButtonVariant } from './variants';

export function Button({
  variant = 'primary',
  className,
  type = 'submit',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={cn(buttonVariants({ variant }), className)} {...props} />;
}
