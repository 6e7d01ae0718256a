/**
 * What a curator notices about a layout, as assertions: the window never scrolls sideways, a
 * button is in the window and takes a click, a long name keeps to one line with an ellipsis and a
 * tooltip, two things on screen do not overlap, and on a wide screen the content fills it.
 */
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'

export type Box = { x: number; y: number; width: number; height: number }

export const LAPTOP = { width: 1024, height: 700 }
export const FULL_HD = { width: 1920, height: 1080 }

/** Names longer than any cell: planted on the Mogao Caves and the Xinhua source. */
export const LONG_EN =
  'Mogao Caves, the Thousand Buddha Grottoes carved into the cliffs of the Mingsha Hills above the Daquan River near Dunhuang'
export const LONG_ZH =
  '莫高窟（千佛洞）——敦煌东南鸣沙山东麓大泉河谷崖壁上开凿的佛教石窟寺群与壁画彩塑艺术宝库'
export const LONG_TITLE =
  'China expects more exchanges, cooperation with all parties in world heritage protection: a report from the 46th session of the World Heritage Committee'

export async function box(locator: Locator): Promise<Box> {
  await expect(locator).toBeVisible()
  const found = await locator.boundingBox()
  if (!found) throw new Error('no box')
  return found
}

/** How far the page can be scrolled sideways: the window's and the main area's (0 when it cannot). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const root = document.scrollingElement
    const main = document.querySelector('main')
    return Math.max(root.scrollWidth - root.clientWidth, main ? main.scrollWidth - main.clientWidth : 0)
  })()`)
}

/** No horizontal scrollbar on the window nor on the page under the header. */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  await expect
    .configure({ soft: true })
    .poll(() => sidewaysOverflow(page), { message: `${where}: the page scrolls sideways` })
    .toBeLessThanOrEqual(0)
}

/** The button is wholly inside the window and a click would reach it (nothing lies over it). */
export async function expectInReach(button: Locator, where: string) {
  await expect(button, `${where}: in the window`).toBeInViewport({ ratio: 1 })
  await button.click({ trial: true, timeout: 10_000 })
}

/**
 * The text of a table cell keeps to one line, cut with an ellipsis, with the whole text as its
 * tooltip (a title holding it, on the element or one around it).
 */
export async function expectOneLineCut(text: Locator, whole: string, where: string) {
  await expect(text, where).toBeVisible()
  const facts = await text.evaluate((element, name) => {
    const e = element as unknown as {
      clientWidth: number
      scrollWidth: number
      clientHeight: number
      scrollHeight: number
      closest(selector: string): { getAttribute(name: string): string | null } | null
      getBoundingClientRect(): { height: number }
    }
    const style = (
      globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }
    ).getComputedStyle(element)
    const lineHeight = parseFloat(style.lineHeight ?? '') || parseFloat(style.fontSize ?? '16') * 1.6
    const titled = e.closest('[title]')
    return {
      lines: Math.round(e.getBoundingClientRect().height / lineHeight),
      cut: e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1,
      ellipsis:
        (style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap') || style.webkitLineClamp === '1',
      title: titled?.getAttribute('title')?.includes(name) ?? false,
    }
  }, whole)
  // The planted names are longer than any cell at laptop size; on a wide screen one may fit whole.
  const laptop = (text.page().viewportSize()?.width ?? 0) <= LAPTOP.width
  expect.soft(facts, `${where}: one line, cut with an ellipsis, the whole name as a tooltip`).toEqual({
    lines: 1,
    cut: laptop ? true : facts.cut,
    ellipsis: true,
    title: true,
  })
}

/** Two boxes share no pixel. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** At full HD the content is not a narrow column: it spans most of the main area's width. */
export async function expectUsesWidth(page: Page, content: Locator, where: string, share = 0.8) {
  const main = await box(page.locator('main'))
  await expect
    .configure({ soft: true })
    .poll(async () => ((await content.boundingBox())?.width ?? 0) / main.width, {
      message: `${where}: the content spans most of the width`,
    })
    .toBeGreaterThanOrEqual(share)
}

/**
 * With HC_LAYOUT_SHOTS=1, a full-window PNG of the page in the test's output folder
 * (test-results, not tracked), to be looked at; otherwise nothing, so the suite stays quick.
 */
export async function layoutShot(page: Page, testInfo: TestInfo, name: string) {
  if (process.env.HC_LAYOUT_SHOTS !== '1') return
  const size = page.viewportSize()
  const path = testInfo.outputPath(`${name}-${size?.width}.png`)
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
}

/**
 * In the page: the box of every notification once it has slid into place, kept after it has
 * closed (a notice lasts four seconds; on a loaded machine a test may not see it in time).
 * Plain JavaScript in a string, as the node tsconfig has no DOM types.
 */
const WATCH_NOTICE_BOXES = `(() => {
  window.__noticeBoxes = []
  if (window.__noticeWatch) return
  window.__noticeWatch = new MutationObserver((mutations) => {
    for (const mutation of mutations)
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue
        const roots = node.matches('.mantine-Notification-root')
          ? [node]
          : [...node.querySelectorAll('.mantine-Notification-root')]
        for (const root of roots)
          for (const after of [800, 1600])
            setTimeout(() => {
              if (!root.isConnected) return
              const r = root.getBoundingClientRect()
              window.__noticeBoxes.push({ text: root.textContent, x: r.x, y: r.y, width: r.width, height: r.height })
            }, after)
      }
  })
  window.__noticeWatch.observe(document.body, { childList: true, subtree: true })
})()`

/** Starts (or restarts) keeping the boxes of the notifications shown from now on. */
export async function watchNoticeBoxes(page: Page) {
  await page.evaluate(WATCH_NOTICE_BOXES)
}

/** The boxes a notification saying `text` had in place, since `watchNoticeBoxes`. */
export async function noticeBoxes(page: Page, text: string): Promise<Box[]> {
  const read = () =>
    page.evaluate(`window.__noticeBoxes.filter((b) => b.text.includes(${JSON.stringify(text)}))`) as Promise<
      Box[]
    >
  await expect
    .poll(async () => (await read()).length, { message: `a notice “${text}” in place` })
    .toBeGreaterThan(0)
  return read()
}
