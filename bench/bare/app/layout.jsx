// The bare App Router floor (issue 27): a root layout that is only <html><body>.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
