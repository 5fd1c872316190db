import * as z from 'zod/mini';

/**
 * Names a schema as an OpenAPI component (`#/components/schemas/<id>`). Core's schemas are named here,
 * in the registry, so that core stays free of contract concerns; naming twice is harmless.
 *
 * @example
 * ```ts
 * const Participant = named('Participant', ParticipantSchema);
 * ```
 */
export function named<S extends z.ZodMiniType>(id: string, schema: S, description?: string): S {
  const existing = z.globalRegistry.get(schema);
  if (!existing?.id) z.globalRegistry.add(schema, description ? { id, description } : { id });
  return schema;
}
