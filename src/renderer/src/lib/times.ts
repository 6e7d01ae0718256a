const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** An ISO timestamp in the curator's locale: the time alone when it is today, else date and time. */
export function shortWhen(iso: string, now = new Date()): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  return at.toDateString() === now.toDateString() ? TIME.format(at) : DATE_TIME.format(at)
}

/** An ISO timestamp in the curator's locale, with its date. */
export function longWhen(iso: string): string {
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? iso : DATE_TIME.format(at)
}
