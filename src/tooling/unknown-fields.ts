// The fields of a value a zod schema does not know, for the contract check (contract.ts). The
// client's schemas tolerate extra fields on purpose; this walks them strictly to list the extras,
// as `scopes[].foo`: a list's entries share one path, so each field is named once.
import { z } from 'zod'
import { fieldPath } from '../text/field-path.ts'

export function unknownFields(schema: z.ZodType, value: unknown): string[] {
  const found = new Set<string>()
  walk(schema, value, '', found)
  return [...found]
}

function walk(schema: z.ZodType, value: unknown, at: string, found: Set<string>): void {
  const inner = unwrapped(schema, value)
  if (inner instanceof z.ZodObject) {
    if (!isRecord(value)) return
    const shape = inner.shape as Record<string, z.ZodType>
    for (const [key, item] of Object.entries(value)) {
      const known = Object.hasOwn(shape, key) ? shape[key] : undefined
      if (known) walk(known, item, join(at, key), found)
      else found.add(join(at, key))
    }
  } else if (inner instanceof z.ZodArray && Array.isArray(value)) {
    for (const item of value) walk(inner.element as z.ZodType, item, `${at}[]`, found)
  }
}

/** The schema under optional, nullable, default and the like; of a union, the option the value fits. */
function unwrapped(schema: z.ZodType, value: unknown): z.ZodType {
  let current = schema
  for (let depth = 0; depth < 16; depth++) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodReadonly
    ) {
      current = current.unwrap() as z.ZodType
    } else if (current instanceof z.ZodUnion) {
      const options = current.options as readonly z.ZodType[]
      current = options.find((option) => option.safeParse(value).success) ?? options[0] ?? current
      if (current instanceof z.ZodUnion) return current
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
