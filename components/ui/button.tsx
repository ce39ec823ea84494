import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'link';

const styles: Record<Variant, string> = {
  primary:
    'w-full bg-primary text-primary-foreground font-medium py-2.5 px-4 rounded-brand hover:opacity-90',
  secondary:
    'w-full border border-border bg-surface text-foreground font-medium py-2.5 px-4 rounded-brand hover:bg-background',
  link: 'text-primary underline underline-offset-2 hover:opacity-80 px-1',
};

export function Button({
  variant = 'primary',
  className = '',
  type = 'submit',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={`${styles[variant]} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:opacity-60 disabled:cursor-not-allowed ${className}`}
      {...props}
    />
  );
}
