// The runner's proxy variables as the toolkit reads them: lower case first, empty means unset, a
// bare host:port means http://host:port; anything else is an error that names the variable.
import { expect, it } from 'vitest'
import { mayUseProxy, proxySettings } from '../../../src/globus/proxy.ts'

it('reads the variables as the toolkit does', () => {
  expect(proxySettings({ https_proxy: '', HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'a.org' })).toEqual({
    httpsProxy: 'http://p:3128',
    httpProxy: '',
    noProxy: 'a.org',
  })
  expect(proxySettings({ HTTPS_PROXY: 'proxy.corp:3128', http_proxy: '  ' }).httpsProxy).toBe('http://proxy.corp:3128')
  expect(mayUseProxy({ https_proxy: ' ' })).toBe(false)
  expect(mayUseProxy({ HTTP_PROXY: 'p:1' })).toBe(true)
})

it('names the variable of a value that is no proxy URL, without repeating it', () => {
  for (const value of ['ftp://user:hunter2@p:21', 'http://[not a host', 'socks5://u:hunter2@p:1080']) {
    expect(() => proxySettings({ HTTPS_PROXY: value })).toThrow(
      /^HTTPS_PROXY \(or its lower-case twin\) is not a proxy URL/,
    )
    expect(() => proxySettings({ HTTPS_PROXY: value })).not.toThrow(/hunter2/)
  }
})
