/**
 * Issue 14, item 9: with a CJK font installed (fonts-noto-cjk here and in CI), English text,
 * quotes and apostrophes are drawn with the bundled Latin face, not the CJK one; in the Chinese
 * interface Han text and its quotes come from the CJK face. Asked of the browser's own layout:
 * DevTools' CSS.getPlatformFontsForNode names the faces that drew a node's text.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

interface PlatformFont {
  familyName: string
  isCustomFont: boolean
  glyphCount: number
}

/** The faces that drew the text of the element `locator` points at, and how many glyphs each. */
async function facesOf(page: Page, locator: Locator): Promise<PlatformFont[]> {
  await expect(locator).toBeVisible()
  const marker = `type-${Math.random().toString(36).slice(2)}`
  await locator.evaluate((element, value) => element.setAttribute('data-type-probe', value), marker)
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `[data-type-probe="${marker}"]`,
    })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts as PlatformFont[]
  } finally {
    await cdp.detach()
  }
}

const CJK = /CJK|Han Sans|PingFang|YaHei|WenQuanYi/

test('English text, its quotes and apostrophes are set in the bundled Latin face', async ({ page }) => {
  await page.getByRole('navigation').getByRole('button', { name: 'Duplicates' }).click()
  // “Not a duplicate” in curly quotes.
  const text = page.getByText(/Pairs marked “Not a duplicate” stay hidden/)
  await expect
    .poll(async () => (await facesOf(page, text)).map((f) => f.familyName))
    .toEqual([expect.stringMatching(/^Inter/)])
  const [face] = await facesOf(page, text)
  expect(face?.isCustomFont).toBe(true)

  // The page's heading and the sites' English names too; a Chinese name beside them is CJK.
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Sites/ })
    .click()
  const heading = page.getByRole('heading', { name: 'Sites', level: 2 })
  expect((await facesOf(page, heading)).map((f) => f.familyName)).toEqual([expect.stringMatching(/^Inter/)])
  const computed = await heading.evaluate(
    (element) =>
      (
        globalThis as unknown as { getComputedStyle: (e: unknown) => { fontFamily: string } }
      ).getComputedStyle(element).fontFamily,
  )
  expect(computed.split(',')[0]).toContain('Curator Latin')
  const chinese = page.getByText('平遥古城', { exact: true }).first()
  expect((await facesOf(page, chinese)).map((f) => f.familyName)).toEqual([expect.stringMatching(CJK)])
})

test('the Chinese interface sets Han text and its quotes in the CJK face, Latin letters in the Latin one', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: '简体中文' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  await page.getByRole('navigation').getByRole('button', { name: '疑似重复' }).click()
  // 标记为“不是重复”的组合不会再出现: the quotes are Chinese punctuation, full width.
  const text = page.getByText(/标记为“不是重复”的组合/)
  await expect
    .poll(async () => (await facesOf(page, text)).map((f) => f.familyName))
    .toEqual([expect.stringMatching(CJK)])

  // A count with Latin digits beside Han text: the digits Latin, the Han CJK.
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^遗产地/ })
    .click()
  const count = page.getByText('59 处遗产地', { exact: true })
  const faces = (await facesOf(page, count)).map((f) => f.familyName)
  expect(faces).toEqual(expect.arrayContaining([expect.stringMatching(/^Inter/), expect.stringMatching(CJK)]))
})
