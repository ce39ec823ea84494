import type { AnchorHTMLAttributes } from 'react';
import { cn, textLinkClass } from './variants';

/** A plain link in running text or under a card. */
export function TextLink({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={cn(textLinkClass, className)} {...props} />;
}
