// The modes ensureScope runs in (the mode input adds export, inputs.ts). A module of its own so
// that reading the inputs does not load the whole ensure flow.
export const MODES = ['ensure', 'verify', 'plan'] as const
export type Mode = (typeof MODES)[number]
