/**
 * Type-level tests of the interface's keys, run by `tsc` (npm run typecheck), not by Vitest: each
 * `@ts-expect-error` line must fail to compile, or tsc reports the directive as unused. They show
 * that a key no English locale file has (a typo, a key removed) fails the typecheck.
 */
import type { TFunction } from 'i18next'

declare const t: TFunction<['sites', 'common']>

export const keyTypeTests = [
  // A key of the hook's first namespace, and one of another namespace by its prefix, compile...
  t('name'),
  t('common:actions.save'),
  // @ts-expect-error -- ...a key that no locale file has does not,
  t('nmae'),
  // @ts-expect-error -- nor one prefixed with a namespace that lacks it,
  t('common:actions.saveAll'),
  // @ts-expect-error -- nor a namespace that does not exist.
  t('nosuchnamespace:title'),
]
