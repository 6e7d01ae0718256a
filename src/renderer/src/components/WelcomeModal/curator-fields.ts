/** An e-mail address, loosely: something@somewhere.tld (main checks the same). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** What is wrong with a typed name and e-mail, as i18n keys of the shell namespace; none when they may be saved. */
export function curatorFieldErrors(
  name: string,
  email: string,
): { name?: 'preferences.curatorNameMissing'; email?: 'welcome.emailInvalid' } {
  return {
    ...(name.trim() === '' ? { name: 'preferences.curatorNameMissing' } : {}),
    ...(email.trim() !== '' && !EMAIL.test(email.trim()) ? { email: 'welcome.emailInvalid' } : {}),
  }
}
