import type { ReactNode } from 'react';
import { Document } from '@/components/layout/document';
import './globals.css';

export default function RootLayout({ children }: { children: ReactNode }) {
  return <Document>{children}</Document>;
}
