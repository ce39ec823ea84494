// The primitives' classes, in one place (class-variance-authority). No JSX and no 'use client',
// so server components and the few client leaves (resend button, code input) share them.
import { cva, cx, type VariantProps } from 'class-variance-authority';

// Joins class names (it merges nothing: our variants never set the same property twice).
export { cx };

// The long utility lists live in app/globals.css (.btn, .btn-primary, .input, …): short names keep
// the markup and Next's flight data small.
export const buttonVariants = cva('btn', {
  variants: {
    variant: {
      primary: 'btn-primary',
      secondary: 'btn-secondary',
      link: 'btn-link',
    },
  },
  defaultVariants: { variant: 'primary' },
});

export type ButtonVariant = NonNullable<VariantProps<typeof buttonVariants>['variant']>;

export const inputClass = 'input';

export const textLinkClass = 'link';

export const labelClass = 'label';

export const errorTextClass = 'text-sm text-danger';
