import type { AnchorHTMLAttributes } from 'react';
import { cx, textLinkClass } from './variants';

/** A plain link in running text or under a card. */
export function TextLink({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={cx(textLinkClass, className)} {...props} />;
}
