// Tiny {name} interpolation used for our own strings and Kratos's English fallback texts.
export function interpolate(template: string, vars: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = vars[key];
    return value === undefined || value === null ? whole : String(value);
  });
}
