import { describe, expect, it, vi } from 'vitest'
import {
  type CommentsApi,
  commentMarker,
  commentsApi,
  type PlanComment,
  quietOctokit,
  RedirectNotFollowed,
  upsertPlanComment,
} from '../../../src/github/plan-comment.ts'

const US = 'github-actions[bot]'

function memoryComments(initial: PlanComment[] = []) {
  const comments = [...initial]
  const calls: string[] = []
  const api: CommentsApi = {
    list: async () => comments,
    identity: async () => {
      calls.push('identity')
      return [US]
    },
    create: async (body) => {
      calls.push('create')
      comments.push({ id: comments.length + 1, body, user: { login: US } })
    },
    update: async (id, body) => {
      calls.push(`update ${id}`)
      const comment = comments.find((c) => c.id === id)
      if (comment) comment.body = body
    },
  }
  return { api, comments, calls }
}

const SCOPE = {
  authUrl: 'https://auth.globus.org',
  clientId: '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f',
  scopeSuffix: 'action_all',
}
const MARKER = commentMarker(SCOPE)

describe('commentMarker', () => {
  it('is a hash of the scope identity: no untrusted text inside the HTML comment', () => {
    expect(MARKER).toMatch(/^<!-- ensure-globus-scope plan [0-9a-f]{16} -->$/)
    expect(commentMarker({ ...SCOPE, clientId: SCOPE.clientId.toUpperCase() })).toBe(MARKER)
    expect(commentMarker({ ...SCOPE, scopeSuffix: 'other' })).not.toBe(MARKER)
    expect(commentMarker({ ...SCOPE, authUrl: 'https://auth.sandbox.globuscs.info' })).not.toBe(MARKER)
  })
})

describe('upsertPlanComment', () => {
  it('creates a comment with the marker, then updates only that one', async () => {
    const other = {
      id: 1,
      body: `${commentMarker({ ...SCOPE, scopeSuffix: 'other' })}\nanother scope's plan`,
      user: { login: US },
    }
    const m = memoryComments([other, { id: 2, body: 'a review comment', user: { login: 'alice' } }])
    expect(await upsertPlanComment(m.api, MARKER, 'plan A', true)).toBe('created')
    expect(await upsertPlanComment(m.api, MARKER, 'plan B', true)).toBe('updated')
    expect(await upsertPlanComment(m.api, MARKER, 'plan B', true)).toBe('unchanged')
    expect(m.calls).toEqual(['create', 'identity', 'update 3', 'identity'])
    expect(m.comments[2]?.body).toBe(`${MARKER}\nplan B`)
    expect(m.comments[0]).toEqual(other)
  })

  it('never edits a comment somebody else wrote with our marker', async () => {
    const forged = { id: 5, body: `${MARKER}\nI copied the marker`, user: { login: 'mallory' } }
    const m = memoryComments([forged])
    expect(await upsertPlanComment(m.api, MARKER, 'plan', true)).toBe('created')
    expect(m.comments[0]).toEqual(forged)
    expect(m.calls).toEqual(['identity', 'create'])
  })

  it('edits and adds nothing when GitHub will not say who the token is and marked comments exist', async () => {
    const m = memoryComments([{ id: 4, body: `${MARKER}\nold plan`, user: { login: US } }])
    m.api.identity = async () => undefined
    expect(await upsertPlanComment(m.api, MARKER, 'new plan', true)).toBe('identity-unknown')
    expect(m.comments).toEqual([{ id: 4, body: `${MARKER}\nold plan`, user: { login: US } }])
    expect(m.calls).toEqual([])
  })

  it('asks who it is only when a marked comment exists', async () => {
    const m = memoryComments([{ id: 2, body: 'hello', user: { login: 'alice' } }])
    expect(await upsertPlanComment(m.api, MARKER, 'plan', true)).toBe('created')
    expect(m.calls).toEqual(['create'])
  })

  it('updates an earlier comment to say nothing changes, but adds none', async () => {
    expect(await upsertPlanComment(memoryComments().api, MARKER, 'no changes', false)).toBe('not-needed')
    const m = memoryComments([{ id: 9, body: `${MARKER}\nold plan`, user: { login: US } }])
    expect(await upsertPlanComment(m.api, MARKER, 'no changes', false)).toBe('updated')
  })
})

describe('commentsApi over octokit', () => {
  const ISSUE = { owner: 'octo', repo: 'ap', issue_number: 7 }
  const FORGED = ['##[error]Deploy gate bypassed', '##[add-mask]Globus', '::error::FORGED']

  /** octokit over a fetch that answers every request with `answer()`, recording what was asked. */
  function over(answer: (method: string, url: string) => Response) {
    const asked: { method: string; redirect: unknown }[] = []
    const urls: string[] = []
    const fetch = async (url: string, init: RequestInit) => {
      asked.push({ method: String(init.method), redirect: init.redirect })
      urls.push(url)
      return answer(String(init.method), url)
    }
    return { api: commentsApi(quietOctokit('ghs_token', { fetch }), ISSUE), asked, urls }
  }

  /** Everything written to the console, stdout, stderr or as a process warning while `act` runs. */
  async function printedDuring(act: () => Promise<unknown>): Promise<string> {
    const printed: string[] = []
    const record = (...args: unknown[]) => {
      printed.push(args.map(String).join(' '))
      return true
    }
    const spies = [
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((name) =>
        vi.spyOn(console, name).mockImplementation(record),
      ),
      vi.spyOn(process.stdout, 'write').mockImplementation(record),
      vi.spyOn(process.stderr, 'write').mockImplementation(record),
      vi.spyOn(process, 'emitWarning').mockImplementation(record),
    ]
    try {
      await act()
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
    return printed.join('\n')
  }

  it('prints nothing of a Deprecation warning built from GitHub’s Sunset and Link headers', async () => {
    const headers = {
      'content-type': 'application/json',
      deprecation: `true ${FORGED[0]}`,
      sunset: `Mon ${FORGED.join(' ')}`,
      link: `<https://example.org/${FORGED.join('/')}>; rel="deprecation"`,
    }
    const { api, asked } = over((method, url) =>
      url.endsWith('/graphql')
        ? Response.json({ data: { viewer: { login: US } } }, { headers })
        : Response.json(method === 'GET' ? [] : { id: 1 }, { status: method === 'POST' ? 201 : 200, headers }),
    )
    const printed = await printedDuring(async () => {
      expect(await api.list()).toEqual([])
      await api.create('plan')
      expect(await api.identity()).toEqual([US])
      await api.update(1, 'plan')
    })
    expect(asked.map((a) => a.method)).toEqual(['GET', 'POST', 'POST', 'PATCH'])
    expect(printed).toBe('')
  })

  it('takes a redirect (not followed) for what it is: no comment read, made or changed, no identity', async () => {
    // A body on the redirect is not GitHub's answer, whatever it says.
    const { api, asked } = over((method, url) =>
      Response.json(url.endsWith('/graphql') ? { data: { viewer: { login: US } } } : method === 'GET' ? [] : {}, {
        status: 302,
        headers: { location: 'https://elsewhere.example.org/comments' },
      }),
    )
    await expect(api.list()).rejects.toEqual(new RedirectNotFollowed(302))
    await expect(api.create('plan')).rejects.toMatchObject({ status: 302 })
    await expect(api.update(1, 'plan')).rejects.toMatchObject({ status: 302 })
    expect(await api.identity()).toBeUndefined()
    for (const status of [301, 303, 307, 308]) {
      const other = over(() => new Response(null, { status, headers: { location: 'https://elsewhere.example.org/' } }))
      await expect(other.api.create('plan')).rejects.toMatchObject({ status })
    }
    expect(asked).toEqual([
      { method: 'GET', redirect: 'manual' },
      { method: 'POST', redirect: 'manual' },
      { method: 'PATCH', redirect: 'manual' },
      { method: 'POST', redirect: 'manual' },
    ])
  })
  it('reads every page by its number, never following a Link header to another host', async () => {
    const all = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, user: { login: 'x' } }))
    const { api, urls } = over((_, url) => {
      const page = Number(new URL(url).searchParams.get('page'))
      const link = '<https://elsewhere.example.org/repos/octo/ap/issues/7/comments?page=2>; rel="next"'
      return Response.json(all.slice((page - 1) * 100, page * 100), { headers: { link } })
    })
    expect(await api.list()).toEqual(all)
    // Both pages from the API the toolkit was set up with (GITHUB_API_URL), none from the link.
    const origin = new URL(urls[0] ?? '').origin
    expect(origin).not.toBe('https://elsewhere.example.org')
    expect(urls).toEqual([1, 2].map((page) => `${origin}/repos/octo/ap/issues/7/comments?per_page=100&page=${page}`))
  })

  it('knows a user’s token by its login (and that login’s [bot] form), an app’s by its bot login, else nothing', async () => {
    const viewer = (login: unknown) => over(() => Response.json({ data: { viewer: { login } } })).api.identity()
    expect(await viewer('release-bot-user')).toEqual(['release-bot-user', 'release-bot-user[bot]'])
    expect(await viewer(US)).toEqual([US])
    expect(await viewer('not a login')).toBeUndefined()
    expect(
      await over(() => Response.json({ errors: [{ message: 'Something went wrong' }] })).api.identity(),
    ).toBeUndefined()
  })
})
