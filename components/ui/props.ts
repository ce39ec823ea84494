/**
 * A props object without its `undefined` entries, nor `false` ones but for aria-* and data-*
 * (where "false" is a value). React renders none of them as an attribute, but Next's flight data
 * spells each one out ("$undefined", false) for every control on the page, once more after the
 * HTML.
 */
export function present<T extends object>(props: T): T {
  return Object.fromEntries(
    Object.entries(props).filter(
      ([k, v]) =>
        v !== undefined && (v !== false || k.startsWith('aria-') || k.startsWith('data-')),
    ),
  ) as T;
}
