import { Badge, Text } from '@mantine/core'
import type { SiteRow } from '@shared/domain'

interface SiteNameProps {
  name: SiteRow['name']
  languages: readonly string[]
  /** Shown under the name when the "In danger" column is hidden. */
  inDanger?: boolean
  /** The words, from the table (one lookup per table, not per row). */
  inDangerLabel: string
  /** "Delisted 2009" for a site removed from the List, shown whatever the columns. */
  delistedLabel?: string
  noName: string
}

/** The site's name in the first of the dataset's languages it has, with one other under it. */
export function SiteName({ name, languages, inDanger, inDangerLabel, delistedLabel, noName }: SiteNameProps) {
  const order = [...new Set([...languages, ...Object.keys(name)])]
  const [primaryLang, ...others] = order.filter((lang) => name[lang])
  return (
    <div>
      <Text
        size="sm"
        fw={500}
        lang={primaryLang}
        lineClamp={1}
        title={primaryLang ? name[primaryLang] : undefined}
      >
        {delistedLabel && (
          <Badge color="gray" variant="filled" radius="sm" size="xs" mr={6}>
            {delistedLabel}
          </Badge>
        )}
        {inDanger && (
          <Badge color="red" variant="filled" radius="sm" size="xs" mr={6}>
            {inDangerLabel}
          </Badge>
        )}
        {primaryLang ? name[primaryLang] : noName}
      </Text>
      {others
        .filter((lang) => languages.includes(lang))
        .slice(0, 1)
        .map((lang) => (
          <Text key={lang} size="sm" c="dimmed" lang={lang} lineClamp={1} title={name[lang]}>
            {name[lang]}
          </Text>
        ))}
    </div>
  )
}
