// Ory Elements' default theme ships its own precompiled CSS; no Tailwind set-up is needed.
import '@ory/elements-react/theme/styles.css';

export const metadata = { title: 'Elements baseline' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
