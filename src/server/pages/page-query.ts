import { z } from 'zod';
import { procedureLevels } from '../../core/catalogue/procedure-record.ts';
import { channels } from '../../core/dossiers/statuses.ts';

/** An absent or empty form value ("Tất cả" in a select) means no filter. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Free text: control characters (PostgreSQL refuses NUL in text) become spaces. */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((v) => v.replace(/\p{Cc}+/gu, ' ').trim());

/** The portal's query parameters, one schema each, so that one bad value never spoils the rest. */
export const portalParams = {
  q: optional(text(200)),
  agency: optional(
    z
      .string()
      .trim()
      .max(80)
      .regex(/^[\w.-]+$/),
  ),
  field: optional(text(200)),
  level: optional(z.enum(procedureLevels)),
  channel: optional(z.enum(channels)),
  page: optional(z.coerce.number().int().min(1).max(1000)),
};
export type PortalParam = keyof typeof portalParams;
type Values<K extends PortalParam> = { [P in K]?: z.infer<(typeof portalParams)[P]> };

/**
 * Validates the named parameters of a page's query. Invalid values (wrong type, repeated key,
 * too long, unknown choice) are dropped and named in `invalid`, so the page can say so in words
 * instead of failing; unknown parameters are ignored.
 */
export function parsePortalQuery<K extends PortalParam>(
  query: unknown,
  names: readonly K[],
): { values: Values<K>; invalid: K[] } {
  const source = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  const invalid: K[] = [];
  for (const name of names) {
    const parsed = portalParams[name].safeParse(source[name]);
    if (parsed.success) {
      if (parsed.data !== undefined) values[name] = parsed.data;
    } else invalid.push(name);
  }
  return { values: values as Values<K>, invalid };
}
