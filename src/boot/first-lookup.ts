// The first lookup, written on the connection the boot opened (preconnect.ts) once everything is
// checked (check-and-send.ts), and read as it arrives. run() hands its answer to the
// transport as the answer to that very request (withFirstLookup): the transport never hears of
// the boot. Node's own http: nothing to load, never through a proxy, no redirect followed.
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { MAX_ANSWER_BYTES } from '../globus/answer.ts'
import type { Fetch, FetchAnswer } from '../globus/request.ts'
import type { Preconnection } from './preconnect.ts'

export interface FirstLookup {
  /** What was sent: the same URL and Authorization header the transport's first request must have. */
  url: string
  authorization: string
  /** Settles once the request is on the wire (or failed): the moment to load more code. */
  written: Promise<void>
  /** The whole answer (at most one byte past the transport's cap); rejects when none came. */
  answer: Promise<ReadAnswer>
  /** Whether the whole answer has arrived: an answer that came within the time limit counts. */
  readonly arrived: boolean
  /** Close the connection; an answer not taken is dropped. */
  discard(): void
}

interface ReadAnswer {
  status: number
  headers: IncomingMessage['headers']
  chunks: Uint8Array[]
}

export function sendFirstLookup(connection: Preconnection, url: URL, headers: Record<string, string>): FirstLookup {
  const request = httpRequest({
    method: 'GET',
    host: url.hostname,
    path: url.pathname + url.search,
    // `host` as a URL writes it (no default port); the connection closes after the answer.
    headers: { host: url.host, connection: 'close', ...headers },
    createConnection: () => connection.socket,
  })
  let arrived = false
  let responded = false
  const answer = new Promise<ReadAnswer>((resolve, reject) => {
    // A connection that failed before the request has nothing to say but why.
    if (connection.failure) reject(connection.failure)
    request.on('response', (response) => {
      responded = true
      readAnswer(response).then(resolve, reject)
    })
    request.on('error', reject)
    // Node ends a request answered 101 (or closed without an answer) silently: say so, or the
    // run would wait for an answer that never comes.
    request.on('upgrade', (_response, socket) => {
      socket.destroy()
      reject(new Error('the server switched protocols (101) instead of answering'))
    })
    request.on('close', () => responded || reject(new Error('the connection closed without an answer')))
  }).finally(() => {
    arrived = true
  })
  // Dealt with when taken; until then a failure must not end the process as unhandled.
  answer.catch(() => {})
  // A connection that failed already (an untrusted certificate, say) has nothing left to write.
  const written = connection.socket.destroyed
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        for (const event of ['finish', 'error', 'response', 'close']) request.on(event, () => resolve())
      })
  request.end()
  return {
    url: url.toString(),
    authorization: headers.authorization ?? '',
    written,
    answer,
    get arrived() {
      return arrived
    },
    discard: () => request.destroy(),
  }
}

/** The body, read at once: at most one byte past the cap, so the transport sees it is too large. */
async function readAnswer(response: IncomingMessage): Promise<ReadAnswer> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response) {
    chunks.push(chunk as Uint8Array)
    size += (chunk as Uint8Array).byteLength
    if (size > MAX_ANSWER_BYTES) break
  }
  response.destroy()
  return { status: response.statusCode ?? 0, headers: response.headers, chunks }
}

/**
 * `fetch`, except that its first call is answered by the first lookup when it is that very
 * request (the same method, URL and Authorization header), the one place that decides it. Any
 * other first request drops the lookup unused. An answer in an encoding node:http does not
 * decode (sent despite `accept-encoding: identity`) is asked for again, on the normal path.
 */
export function withFirstLookup(fetch: Fetch, lookup: FirstLookup | undefined): Fetch {
  let held = lookup
  return async (url, init) => {
    const taken = held
    held = undefined
    if (!taken) return fetch(url, init)
    const same = init.method === 'GET' && url === taken.url && init.headers.authorization === taken.authorization
    if (!same) {
      taken.discard()
      return fetch(url, init)
    }
    const answer = await (taken.arrived ? taken.answer : untilAborted(taken, init.signal))
    const encoding = answer.headers['content-encoding']
    if (encoding && encoding !== 'identity') return fetch(url, init)
    return asFetchAnswer(answer)
  }
}

/**
 * An answer already on this machine when the time ran out is still read: the thread may have been
 * busy loading the GitHub side while it came in, and only a turn of the event loop delivers it.
 */
const ARRIVED_GRACE_MS = 50

/** The answer, unless the signal aborts first (then the connection is dropped, as fetch would). */
function untilAborted(lookup: FirstLookup, signal: AbortSignal): Promise<ReadAnswer> {
  const aborted = new Promise<never>((_, reject) => {
    const drop = () => {
      lookup.discard()
      reject(new Error('aborted'))
    }
    if (signal.aborted) setTimeout(drop, ARRIVED_GRACE_MS).unref()
    else signal.addEventListener('abort', drop, { once: true })
  })
  return Promise.race([lookup.answer, aborted])
}

function asFetchAnswer({ status, headers, chunks }: ReadAnswer): FetchAnswer {
  const get = (name: string) => {
    const value = headers[name.toLowerCase()]
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
  }
  return { status, headers: { get }, body: chunks }
}
