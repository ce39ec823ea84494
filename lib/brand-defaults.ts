// The default brand, in one place: lib/brand.ts merges themes over it, and the pages that must
// render when nothing else does (/unavailable) take their colours from it.
// app/globals.css repeats the light palette as the stylesheet's fallback; lib/brand.test.ts
// checks that the two agree. Pure data: safe for client components too.
export const BRAND_DEFAULTS = {
  name: 'Account',
  colorScheme: 'system',
  radius: '0.5rem',
  font: "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  colors: {
    light: {
      background: '#f8fafc',
      surface: '#ffffff',
      foreground: '#0f172a',
      muted: '#475569',
      primary: '#4338ca',
      primaryForeground: '#ffffff',
      danger: '#b91c1c',
      success: '#15803d',
      border: '#94a3b8',
      ring: '#4338ca',
    },
    dark: {
      background: '#0b1120',
      surface: '#111827',
      foreground: '#e2e8f0',
      muted: '#a3b1c6',
      primary: '#a5b4fc',
      primaryForeground: '#111827',
      danger: '#fca5a5',
      success: '#86efac',
      border: '#64748b',
      ring: '#a5b4fc',
    },
  },
} as const;
