import * as v from 'valibot';

/**
 * Validates stored data against a valibot schema, returning null (never throwing) when it
 * does not fit, so a damaged or foreign value is set aside instead of crashing the game.
 */
export function validator<S extends v.GenericSchema>(schema: S) {
  return (value: unknown): v.InferOutput<S> | null => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : null;
  };
}
