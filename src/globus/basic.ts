// The HTTP Basic credentials of a client, defined once: the client, the early first request and
// the mask must agree on them to the byte.

/** `base64(client_id:client_secret)`, the value the runner must mask. */
export function basicValue(clientId: string, clientSecret: string): string {
  return Buffer.from(`${clientId}:${clientSecret}`).toString('base64')
}

/** The Authorization header. */
export function basicAuthorization(clientId: string, clientSecret: string): string {
  return `Basic ${basicValue(clientId, clientSecret)}`
}
