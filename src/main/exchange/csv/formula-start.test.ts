import { describe, expect, it } from 'vitest'
import { formulaMayStartWith } from './formula-start'
import { isLiveFormula } from './neutralise'

/** What may follow a first character: every trigger, a leading space before one, plain text. */
const FOLLOWERS = ['=1', '+1', '-1', '@A1', '\t', '%1', '|x', ' =1', '\u00a0+1', '\u3000＝1', 'x', '1']

describe('formulaMayStartWith', () => {
  it('is true for every character a live one-line text can start with', () => {
    const missed: string[] = []
    for (let code = 0; code < 0x10000; code += 1) {
      if (formulaMayStartWith(code)) continue
      const first = String.fromCharCode(code)
      for (const follower of [first, ...FOLLOWERS]) {
        const text = `${first}${follower}`
        if (!/[\r\n]/.test(text) && isLiveFormula(text)) missed.push(JSON.stringify(text))
      }
    }
    expect(missed).toEqual([])
  })

  it('lets ordinary first characters through', () => {
    for (const text of ['Mogao', '莫高窟', '1987', 'é', '(note)'])
      expect(formulaMayStartWith(text.charCodeAt(0))).toBe(false)
  })
})
