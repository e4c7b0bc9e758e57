// The first lookup, begun before the bulk of the action has loaded (src/preconnect.ts): the
// connection and the TLS handshake start at once, but the request itself, with the credentials,
// is written only once the inputs and the scope file have been checked in full (src/start.ts).
// Then the transport takes its answer as the answer to that very request. Node's own http(s):
// nothing to load, never through a proxy (none is opened when a proxy variable applies), no
// redirect followed.
import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { requestUrl } from './request-url.ts'
import type { Fetch } from './transport.ts'

type FetchAnswer = Awaited<ReturnType<Fetch>>

/** A request whose connection is being made, and which nothing has been written to yet. */
export interface PendingRequest {
  url: string
  authorization: string
  /**
   * Settles once the connection is made and the TLS handshake has begun (or it failed): module
   * loading blocks the one thread, so the handshake must be on its way before the next load.
   */
  connecting: Promise<void>
  /** Write the request. `written` settles once it is on the wire, or has failed. */
  send(): EarlyRequest
  /** Close the connection; nothing was sent. */
  cancel(): void
}

export interface EarlyRequest {
  /** Settles once the request is on the wire (or has failed): the moment to load more code. */
  written: Promise<void>
  /** Whether this is the request that went out early: the same method, URL and credentials. */
  matches(url: string, method: string, authorization: string): boolean
  /** Its answer, as fetch gives one; an aborted signal drops the connection. */
  take(signal: AbortSignal): Promise<FetchAnswer>
  /** Drop it: the run did not ask for it after all. */
  discard(): void
}

/**
 * The early request for the transport's first request: handed over once when it is that very
 * request, otherwise dropped unused (it was never asked for).
 */
export function takeOnce(early: EarlyRequest | undefined) {
  let held = early
  return (url: string, method: string, authorization: string): EarlyRequest | undefined => {
    const taken = held
    held = undefined
    if (taken?.matches(url, method, authorization)) return taken
    taken?.discard()
    return undefined
  }
}

/** The lookup URL as the transport builds it for GET v2/api/scopes?scope_strings=… */
export function lookupUrl(authUrl: string, scopeStrings: string[]): URL {
  return requestUrl(authUrl, 'v2/api/scopes', { scope_strings: scopeStrings.join(',') })
}

export function openEarly(url: URL, headers: Record<string, string>): PendingRequest {
  const open = url.protocol === 'https:' ? httpsRequest : httpRequest
  // agent: false, a connection of its own that closes after the answer, so nothing holds the process.
  const request = open(url, { method: 'GET', headers, agent: false })
  const answer = new Promise<IncomingMessage>((resolve, reject) => {
    request.on('response', resolve)
    request.on('error', reject)
    // Node ends a request answered 101 (or closed without an answer) silently: say so, or the
    // run would wait for an answer that never comes.
    request.on('upgrade', (_response, socket) => {
      socket.destroy()
      reject(new Error('the server switched protocols (101) instead of answering'))
    })
    request.on('close', () => reject(new Error('the connection closed without an answer')))
  })
  // Dealt with when taken; until then a failure must not end the process as unhandled.
  answer.catch(() => {})
  const connecting = new Promise<void>((resolve) => {
    // One more turn after the TCP connection, for the TLS client hello to be written.
    const settle = () => setImmediate(resolve)
    request.on('error', settle)
    request.on('socket', (socket) => {
      if (socket.connecting) socket.once('connect', settle)
      else settle()
    })
  })
  return {
    url: url.toString(),
    authorization: headers.authorization ?? '',
    connecting,
    send: () => sent(request, answer, url.toString(), headers.authorization ?? ''),
    cancel: () => request.destroy(),
  }
}

function sent(request: ClientRequest, answer: Promise<IncomingMessage>, url: string, authorization: string) {
  // A connection that failed already (an untrusted certificate, say) has nothing left to write.
  const written = request.destroyed
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        for (const event of ['finish', 'error', 'response', 'close']) request.on(event, () => resolve())
      })
  request.end()
  return {
    written,
    matches: (other: string, method: string, auth: string) =>
      method === 'GET' && other === url && auth === authorization,
    take: async (signal: AbortSignal): Promise<FetchAnswer> => {
      const drop = () => request.destroy(new Error('aborted'))
      if (signal.aborted) drop()
      else signal.addEventListener('abort', drop, { once: true })
      const response = await answer
      const get = (name: string) => {
        const value = response.headers[name.toLowerCase()]
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
      }
      // An IncomingMessage is an async iterable of chunks, which is all readCapped asks of a body.
      return { status: response.statusCode ?? 0, headers: { get }, body: response as unknown as FetchAnswer['body'] }
    },
    discard: () => request.destroy(),
  }
}
