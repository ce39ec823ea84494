import type { AnchorHTMLAttributes } from 'react';
import { buttonVariants, cx, type ButtonVariant } from './variants';

/** A link that looks like a button (a plain navigation, no form): the button's own variants. */
export function ButtonLink({
  variant = 'primary',
  className,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: ButtonVariant }) {
  return (
    <a className={cx(buttonVariants({ variant }), 'block text-center', className)} {...props} />
  );
}
