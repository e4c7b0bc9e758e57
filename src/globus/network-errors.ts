// What a failed fetch says about the connection. undici wraps the socket's error in `cause`
// (sometimes twice, or in an AggregateError for several addresses), so the chain is walked and
// classified by `code`, never by the wording of a message.

/**
 * Node's codes for a certificate that cannot be trusted: OpenSSL's X509 verification errors
 * (https://nodejs.org/api/tls.html#x509-certificate-error-codes) and Node's own host name check.
 * Trying again will not make such a certificate trusted.
 */
const UNTRUSTED_CERTIFICATE_CODES: ReadonlySet<string> = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_CRL',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CRL_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'CRL_NOT_YET_VALID',
  'CRL_HAS_EXPIRED',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'ERROR_IN_CRL_LAST_UPDATE_FIELD',
  'ERROR_IN_CRL_NEXT_UPDATE_FIELD',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_TLS_CERT_ALTNAME_FORMAT',
])

/**
 * Codes for an answer whose headers are larger than Node.js reads (undici's, and node:http's
 * parser's): the same request would get the same answer.
 */
const OVERSIZED_HEADERS_CODES: ReadonlySet<string> = new Set(['UND_ERR_HEADERS_OVERFLOW', 'HPE_HEADER_OVERFLOW'])

/** How deep a chain of causes is followed: enough for undici, finite for a cycle. */
const MAX_DEPTH = 8

/** The error and its causes, outermost first (AggregateError members included). */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = []
  const queue: unknown[] = [error]
  while (queue.length > 0 && chain.length < MAX_DEPTH) {
    const next = queue.shift()
    if (next === undefined || next === null || chain.includes(next)) continue
    chain.push(next)
    if (typeof next !== 'object') continue
    if ('cause' in next) queue.push(next.cause)
    if (next instanceof AggregateError) queue.push(...next.errors)
  }
  return chain
}

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  return typeof code === 'string' ? code : undefined
}

/**
 * A failure that trying again will not change, by its code anywhere in the chain: a certificate
 * that cannot be trusted (nothing was sent), or headers too large to read (the request was sent).
 * The one rule of what is never retried, for Globus Auth and the provider alike.
 */
export interface LastingFailure {
  kind: 'untrusted-certificate' | 'oversized-headers'
  code: string
}

export function lastingFailure(error: unknown): LastingFailure | undefined {
  for (const code of causeChain(error).map(codeOf)) {
    if (code === undefined) continue
    if (UNTRUSTED_CERTIFICATE_CODES.has(code)) return { kind: 'untrusted-certificate', code }
    if (OVERSIZED_HEADERS_CODES.has(code)) return { kind: 'oversized-headers', code }
  }
  return undefined
}

/** The most specific reason a connection failed: the innermost error, with its code. */
export function networkCause(error: unknown): string {
  const chain = causeChain(error)
  const inner = chain.findLast((e) => e instanceof Error) ?? chain.at(-1)
  if (!(inner instanceof Error)) return String(inner)
  const code = codeOf(inner) ?? chain.map(codeOf).find((c) => c !== undefined)
  return code && !inner.message.includes(code) ? `${code} ${inner.message}` : inner.message
}
