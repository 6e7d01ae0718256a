/**
 * The app's pages as layout-sizes.spec.ts visits them, in an order that works in one app start
 * (the Sites page's Map view is kept, so Map comes after the Sites table): how to open each, what
 * its content is (what must span a wide window), and which cells hold the planted long names.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { goToSection, tableRows } from './app'
import { LONG_EN, LONG_TITLE, LONG_ZH } from './layout'
import { editRecord, MOGAO } from './review'
import { goToTeam, signAs } from './team'
import type { Site } from '@shared/domain'

export interface PageVisit {
  name: string
  shot: string
  /** Opens the page; answers its content. */
  open(page: Page): Promise<Locator>
  /** The least share of the main area's width the content spans at full HD; 0: not measured. */
  fills?: number
  /** The cells holding a long name, each to be one line cut with an ellipsis. */
  longNames?(page: Page): Array<{ text: Locator; whole: string }>
}

async function navTo(page: Page, label: string) {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${label}`) })
    .click()
  await expect(page.getByRole('heading', { name: label, level: 2 })).toBeVisible()
}

/** The row of the first table that holds `text`, and the element holding exactly that text. */
function cellText(page: Page, text: string) {
  return tableRows(page).filter({ hasText: text }).first().getByText(text, { exact: true }).first()
}

/** A record table searched down to the one row that `text` finds; answers the table. */
async function searchedTable(page: Page, section: 'Sites' | 'Statements', text: string) {
  await goToSection(page, section)
  await page.getByLabel(`Search ${section.toLowerCase()}`).fill(text)
  await expect(tableRows(page)).toHaveCount(1)
  return page.getByRole('table').first()
}

/** A page that is a table under its heading, reached from the navigation. */
function tablePage(name: string): PageVisit {
  return {
    name,
    shot: name.toLowerCase(),
    open: async (page) => {
      await navTo(page, name)
      return page.getByRole('table').first()
    },
  }
}

async function teamTab(page: Page, tab: 'Changes' | 'History' | 'Conflicts') {
  await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click()
  return page.getByRole('tabpanel', { name: new RegExp(`^${tab}`) })
}

export function pagesToVisit(): PageVisit[] {
  return [
    {
      name: 'Sites',
      shot: 'sites',
      open: (page) => searchedTable(page, 'Sites', 'Mogao'),
      longNames: (page) => [
        { text: cellText(page, LONG_EN), whole: LONG_EN },
        { text: cellText(page, LONG_ZH), whole: LONG_ZH },
      ],
      // Beside the table, the filters.
      fills: 0.7,
    },
    {
      name: 'Map',
      shot: 'map',
      open: async (page) => {
        await page.getByLabel('Search sites').fill('')
        await page.getByText('Map', { exact: true }).click()
        return page.getByRole('application', { name: 'Map of the sites' })
      },
      fills: 0.6,
    },
    {
      name: 'Sources',
      shot: 'sources',
      open: async (page) => {
        await goToSection(page, 'Sources')
        return page.getByRole('table').first()
      },
      longNames: (page) => [{ text: cellText(page, LONG_TITLE), whole: LONG_TITLE }],
    },
    {
      name: 'Statements',
      shot: 'statements',
      open: (page) => searchedTable(page, 'Statements', 'Thousand Buddha'),
      longNames: (page) => [{ text: cellText(page, LONG_EN), whole: LONG_EN }],
    },
    tablePage('Properties'),
    tablePage('Countries'),
    {
      name: 'Problems',
      shot: 'problems',
      open: async (page) => {
        await navTo(page, 'Problems')
        const table = page.getByRole('table', { name: 'Problems' })
        await expect(table.locator('tbody tr').first()).toBeVisible()
        return table
      },
      // Beside the table, the counts by rule.
      fills: 0.65,
      longNames: (page) => [
        {
          // The statement's problem names its subject.
          text: page
            .getByRole('table', { name: 'Problems' })
            .getByText(/^Mogao Caves, the Thousand Buddha/)
            .first(),
          whole: LONG_EN,
        },
      ],
    },
    {
      name: 'Duplicates',
      shot: 'duplicates',
      open: async (page) => {
        await navTo(page, 'Duplicates')
        return page.locator('main')
      },
      fills: 0,
    },
    {
      name: 'Team, not shared yet',
      shot: 'team-setup',
      open: async (page) => {
        await goToTeam(page)
        return page.locator('main')
      },
      fills: 0,
    },
    {
      name: 'Team: Changes',
      shot: 'team-changes',
      open: async (page) => {
        // Commits carry the curator's name and e-mail: without them the history does not start.
        await signAs(page, 'Test Curator', 'curator@example.org')
        await page.getByRole('button', { name: 'Start the team history' }).click()
        await expect(page.getByTestId('no-changes')).toBeVisible({ timeout: 60_000 })
        // One uncommitted change, on the long-named site, for the Changes list to show.
        await editRecord(page, 'site', MOGAO, (site: Site) => ({
          ...site,
          name: { ...site.name, fr: 'Grottes de Mogao' },
        }))
        return teamTab(page, 'Changes')
      },
      fills: 0,
    },
    { name: 'Team: History', shot: 'team-history', open: (page) => teamTab(page, 'History'), fills: 0 },
    { name: 'Team: Conflicts', shot: 'team-conflicts', open: (page) => teamTab(page, 'Conflicts'), fills: 0 },
  ]
}
