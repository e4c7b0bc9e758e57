// The fields of a value a zod schema does not know, for the contract check (contract.ts). The
// client's schemas tolerate extra fields on purpose; this walks them strictly to list the extras,
// as `scopes[].foo`: a list's entries share one path, so each field is named once. It reads the
// schemas through zod's core classes, which both zod and zod/mini (the client's) build on.
import * as z from 'zod/mini'
import { fieldPath } from '../text/field-path.ts'

type Schema = z.core.$ZodType

export function unknownFields(schema: Schema, value: unknown): string[] {
  const found = new Set<string>()
  walk(schema, value, '', found)
  return [...found]
}

function walk(schema: Schema, value: unknown, at: string, found: Set<string>): void {
  const inner = unwrapped(schema, value)
  if (inner instanceof z.core.$ZodObject) {
    if (!isRecord(value)) return
    const shape = inner._zod.def.shape
    for (const [key, item] of Object.entries(value)) {
      const known = Object.hasOwn(shape, key) ? shape[key] : undefined
      if (known) walk(known, item, join(at, key), found)
      else found.add(join(at, key))
    }
  } else if (inner instanceof z.core.$ZodArray && Array.isArray(value)) {
    for (const item of value) walk(inner._zod.def.element, item, `${at}[]`, found)
  }
}

/** The schema under optional, nullable, default, lazy and the like; of a union, the option the value fits. */
function unwrapped(schema: Schema, value: unknown): Schema {
  let current = schema
  for (let depth = 0; depth < 16; depth++) {
    if (
      current instanceof z.core.$ZodOptional ||
      current instanceof z.core.$ZodNullable ||
      current instanceof z.core.$ZodDefault ||
      current instanceof z.core.$ZodReadonly
    ) {
      current = current._zod.def.innerType
    } else if (current instanceof z.core.$ZodLazy) {
      current = current._zod.innerType
    } else if (current instanceof z.core.$ZodUnion) {
      const options = current._zod.def.options
      current = options.find((option) => z.safeParse(option, value).success) ?? options[0] ?? current
      if (current instanceof z.core.$ZodUnion) return current
    } else {
      return current
    }
  }
  return current
}

function join(at: string, key: string): string {
  const part = fieldPath([key])
  return at === '' ? part : part.startsWith('[') ? `${at}${part}` : `${at}.${part}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
