import { Badge, Table, Text } from '@mantine/core'
import type { SiteRow } from '../../../../../shared/domain'
import { openableRow, wrapClass } from '../../../components/ListPage/row-props'
import type { SortState } from '../../../components/SortableTh/SortableTh'
import { SortableTh } from '../../../components/SortableTh/SortableTh'
import { StatusBadge } from '../../../components/StatusBadge/StatusBadge'
import { CATEGORY_COLORS, CATEGORY_LABELS, criterionLabel } from '../../../lib/labels'
import classes from './SitesTable.module.css'

interface SitesTableProps {
  rows: SiteRow[]
  /** The dataset's languages: the first names the site, the others are shown under it. */
  languages: readonly string[]
  sort: SortState
  onSort: (sort: SortState) => void
  onOpen: (id: string) => void
}

function SiteName({ name, languages }: { name: SiteRow['name']; languages: readonly string[] }) {
  const order = [...new Set([...languages, ...Object.keys(name)])]
  const [primaryLang, ...others] = order.filter((lang) => name[lang])
  return (
    <div className={classes.name}>
      <Text size="sm" fw={500} lang={primaryLang} className={wrapClass}>
        {primaryLang ? name[primaryLang] : '(no name)'}
      </Text>
      {others
        .filter((lang) => languages.includes(lang))
        .map((lang) => (
          <Text key={lang} size="sm" c="dimmed" lang={lang} className={wrapClass}>
            {name[lang]}
          </Text>
        ))}
    </div>
  )
}

export function SitesTable({ rows, languages, sort, onSort, onOpen }: SitesTableProps) {
  const th = { sort, onSort }
  return (
    <Table stickyHeader highlightOnHover verticalSpacing="xs" className={classes.table}>
      <Table.Thead>
        <Table.Tr>
          <SortableTh column="name" {...th}>
            Name
          </SortableTh>
          <SortableTh column="unescoId" {...th}>
            UNESCO id
          </SortableTh>
          <SortableTh column="statesParties" {...th}>
            States parties
          </SortableTh>
          <SortableTh column="category" {...th}>
            Category
          </SortableTh>
          <Table.Th>Criteria</Table.Th>
          <SortableTh column="yearInscribed" {...th}>
            Year
          </SortableTh>
          <Table.Th>In danger</Table.Th>
          <SortableTh column="status" {...th}>
            Status
          </SortableTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} {...openableRow(() => onOpen(row.id))}>
            <Table.Td>
              <SiteName name={row.name} languages={languages} />
            </Table.Td>
            <Table.Td className={classes.numeric}>{row.unescoId ?? ''}</Table.Td>
            <Table.Td className={`${classes.codes} ${wrapClass}`}>{row.statesParties.join(', ')}</Table.Td>
            <Table.Td>
              <Badge color={CATEGORY_COLORS[row.category] ?? 'gray'} variant="light" radius="sm">
                {CATEGORY_LABELS[row.category] ?? row.category}
              </Badge>
            </Table.Td>
            <Table.Td className={classes.criteria}>
              {row.criteria.map((criterion, index) => (
                <span key={criterion}>
                  {index > 0 && <wbr />}
                  {criterionLabel(criterion)}
                </span>
              ))}
            </Table.Td>
            <Table.Td className={classes.numeric}>{row.yearInscribed ?? ''}</Table.Td>
            <Table.Td>
              {row.inDanger ? (
                <Badge color="red" variant="filled" radius="sm">
                  In danger
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  No
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <StatusBadge status={row.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
