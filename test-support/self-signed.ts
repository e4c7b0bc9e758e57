// A throwaway certificate for 127.0.0.1 (also as the IPv6-mapped ::ffff:7f00:1, a loopback
// address proxy code does not recognise as one), made with the system's openssl for one test run,
// so the HTTPS path (and HTTPS_PROXY's CONNECT tunnel) is tested on loopback.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export async function selfSignedCertificate(): Promise<{ key: string; cert: string; certPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'loopback-tls-'))
  const keyPath = join(dir, 'key.pem')
  const certPath = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,IP:::ffff:7f00:1',
    ],
    { stdio: 'ignore' },
  )
  return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8'), certPath }
}
