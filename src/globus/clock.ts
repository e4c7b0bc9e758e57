// The real clock's wait. The transport and the provider's reads take it unless a test passes its own.

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
