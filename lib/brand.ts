import 'server-only';

export interface Brand {
  name: string;
  logoUrl?: string;
}

let cached: Brand | undefined;

/** Branding read at run time, so one build serves any product. */
export function brand(): Brand {
  cached ??= {
    name: process.env.BRAND_NAME?.trim() || 'Account',
    logoUrl: process.env.BRAND_LOGO_URL?.trim() || undefined,
  };
  return cached;
}
