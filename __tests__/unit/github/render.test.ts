import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotationFile } from '../../../src/github/render.ts'

describe('annotationFile', () => {
  const workspace = join('/', 'home', 'runner', 'work', 'repo')

  it('is the path from the repository root, however scope_file was written', () => {
    expect(annotationFile('globus-scope.json', workspace)).toBe('globus-scope.json')
    expect(annotationFile('./globus-scope.json', workspace)).toBe('globus-scope.json')
    expect(annotationFile('cfg/../globus-scope.json', workspace)).toBe('globus-scope.json')
    expect(annotationFile('cfg//scopes/./globus-scope.json', workspace)).toBe('cfg/scopes/globus-scope.json')
    expect(annotationFile(join(workspace, 'cfg', 'globus-scope.json'), workspace)).toBe('cfg/globus-scope.json')
  })

  it('is none for a path outside the checkout, or the checkout itself', () => {
    expect(annotationFile('../elsewhere.json', workspace)).toBeUndefined()
    expect(annotationFile('/etc/passwd', workspace)).toBeUndefined()
    expect(annotationFile('.', workspace)).toBeUndefined()
  })
})
