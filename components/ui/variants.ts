// The primitives' classes, in one place (class-variance-authority). No JSX and no 'use client',
// so server components and the few client leaves (resend button, code input) share them.
import { cva, cx, type VariantProps } from 'class-variance-authority';

// Joins class names (it merges nothing: our variants never set the same property twice).
export { cx };

const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring';

export const buttonVariants = cva(`${focusRing} disabled:cursor-not-allowed disabled:opacity-60`, {
  variants: {
    variant: {
      primary:
        'w-full rounded-brand bg-primary px-4 py-2.5 font-medium text-primary-foreground hover:opacity-90',
      secondary:
        'w-full rounded-brand border border-border bg-surface px-4 py-2.5 font-medium text-foreground hover:bg-background',
      link: 'px-1 text-primary underline underline-offset-2 hover:opacity-80',
    },
  },
  defaultVariants: { variant: 'primary' },
});

export type ButtonVariant = NonNullable<VariantProps<typeof buttonVariants>['variant']>;

export const inputClass =
  'rounded-brand border border-border bg-surface px-3 py-2 text-foreground focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring aria-invalid:border-danger';

export const textLinkClass = 'text-primary underline';

export const labelClass = 'text-sm font-medium';

export const errorTextClass = 'text-sm text-danger';
