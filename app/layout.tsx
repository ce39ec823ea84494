import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Document } from '@/components/layout/document';
import { brand } from '@/lib/brand';
import './globals.css';

export function generateMetadata(): Metadata {
  const b = brand();
  return {
    title: b.name,
    robots: { index: false, follow: false },
    ...(b.favicon ? { icons: { icon: b.favicon } } : {}),
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return <Document>{children}</Document>;
}
