// What Kratos's identity schemas (its public `/schemas` list) say about the UI's choices.
/**
 * Does any identity schema (Kratos's public `/schemas` list) verify a trait by SMS
 * (`"ory.sh/kratos": {"verification": {"via": "sms"}}`)?
 */
export function schemasVerifyPhones(body: unknown): boolean {
  const seen = new Set<unknown>();
  const walk = (node: unknown): boolean => {
    if (!node || typeof node !== 'object' || seen.has(node)) return false;
    seen.add(node);
    const ext = (node as Record<string, unknown>)['ory.sh/kratos'];
    const verification =
      ext && typeof ext === 'object' ? (ext as Record<string, unknown>).verification : undefined;
    if (
      verification &&
      typeof verification === 'object' &&
      (verification as Record<string, unknown>).via === 'sms'
    ) {
      return true;
    }
    return Object.values(node).some(walk);
  };
  return walk(body);
}
