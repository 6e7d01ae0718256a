import { describe, expect, it } from 'vitest'
import { parseRemote } from './remote-url'

describe('parseRemote', () => {
  it('takes https and http servers, and absolute folder paths', () => {
    expect(parseRemote('https://github.com/team/heritage.git')).toEqual({
      url: 'https://github.com/team/heritage.git',
      transport: 'http',
    })
    expect(parseRemote(' http://127.0.0.1:8080/team.git ')).toEqual({
      url: 'http://127.0.0.1:8080/team.git',
      transport: 'http',
    })
    expect(parseRemote('/mnt/share/heritage.git')).toEqual({
      url: '/mnt/share/heritage.git',
      transport: 'folder',
    })
    expect(parseRemote('\\\\server\\share\\heritage.git').transport).toBe('folder')
    expect(parseRemote('C:\\Shared\\heritage.git').transport).toBe('folder')
  })

  it.each([
    ['https://user:token@github.com/t.git', /holds a user name or token/],
    ['https://ghp_abc@github.com/t.git', /holds a user name or token/],
    ['ssh://git@github.com/t.git', /only http and https/],
    ['git@github.com:team/t.git', /ssh remotes are not supported/],
    ['file:///mnt/share/t.git', /only http and https/],
    ['ext::sh -c touch% /tmp/pwned', /only http and https|not a well-formed/],
    ['relative/folder', /full path/],
    ['', /give an https/],
    ['https://example.org/t.git?x=1', /no \?query/],
  ])('refuses %s, saying why', (input, why) => {
    expect(() => parseRemote(input)).toThrow(why)
  })

  it('never repeats a token in its message', () => {
    expect(() => parseRemote('https://me:s3cret@example.org/t.git')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    )
  })
})
