// The values of the mode input: ensure, verify and plan keep one scope in line with the scope
// file (src/modes/ensure/); export writes scope files from the client's scopes (src/modes/export/).
export const MODES = ['ensure', 'verify', 'plan', 'export'] as const
export type Mode = (typeof MODES)[number]
/** The modes that read a scope file and compare it with Globus Auth. */
export type ScopeMode = Exclude<Mode, 'export'>
