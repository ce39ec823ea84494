import type { ReactNode } from 'react';
import { AuthShell } from '@/components/layout/auth-shell';

/**
 * The pages in this group (every flow, the start page, errors, consent, logout, devices) sit
 * in one branded frame: logo and product name, the page's card, the language link. The root
 * layout above sets the document's language, direction and brand tokens.
 */
export default function ShellLayout({ children }: { children: ReactNode }) {
  return <AuthShell>{children}</AuthShell>;
}
