import { Alert } from '@mantine/core'
import { useDatasetInfo } from '../../hooks/useRecords'

/** Says, above every page, that the dataset cannot be changed and why. */
export function ReadOnlyBanner() {
  const info = useDatasetInfo().data
  if (!info?.readOnly) return null
  return (
    <Alert
      color="orange"
      variant="light"
      radius={0}
      title="Read-only"
      style={{ flex: 'none' }}
      data-testid="read-only-banner"
    >
      {info.readOnlyReason ?? 'The dataset cannot be changed.'} You can browse, search and export it; saving,
      deleting, undo and restoring are turned off.
    </Alert>
  )
}
