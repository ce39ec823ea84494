import type { ButtonHTMLAttributes } from 'react';
import { cx } from '@/components/ui/variants';

// Something that cannot be undone (deleting the account). Kept out of the shared button variants,
// which client components import: no page but this one pays for it. surface on danger reads in
// both schemes: white on dark red, dark on light red.
const dangerClass =
  'w-full rounded-brand bg-danger px-4 py-2.5 font-medium text-surface hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring';

export function DangerButton({ className, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="submit" className={cx(dangerClass, className)} {...props} />;
}
