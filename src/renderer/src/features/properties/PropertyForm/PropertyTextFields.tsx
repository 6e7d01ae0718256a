import { SimpleGrid, Text, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MONOSPACE_INPUT } from '../property-text'
import { useField } from '@renderer/components/FieldIssues/useField'
import { idFromLabel, type PropertyFormValues, type SetPropertyField } from '../property-model'

interface PropertyTextFieldsProps {
  values: PropertyFormValues
  set: SetPropertyField
  /** The dataset's languages, and any other the property already has a label in. */
  languages: readonly string[]
  isNew: boolean
}

/** Label and description in each dataset language, and the id (made from the English label while new). */
export function PropertyTextFields({ values, set, languages, isNew }: PropertyTextFieldsProps) {
  const { t } = useTranslation('properties')
  const field = useField()
  const setLabel = (lang: string, text: string) => {
    set('labels', { ...values.labels, [lang]: text })
    // The id follows the English label (or the first) until the curator types one.
    if (isNew && !values.idTouched && lang === (languages.includes('en') ? 'en' : languages[0]))
      set('id', idFromLabel(text))
  }
  return (
    <>
      <Text fw={600} size="sm" component="h3" m={0}>
        {t('form.labelsSection')}
      </Text>
      {languages.map((lang, index) => (
        <SimpleGrid key={lang} cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('form.label', { lang })}
            lang={lang}
            value={values.labels[lang] ?? ''}
            onChange={(event) => setLabel(lang, event.currentTarget.value)}
            maxLength={2000}
            {...(index === 0 ? field(`/label/${lang}`, '/label') : field(`/label/${lang}`))}
          />
          <Textarea
            label={t('form.description', { lang })}
            lang={lang}
            value={values.descriptions[lang] ?? ''}
            onChange={(event) =>
              set('descriptions', { ...values.descriptions, [lang]: event.currentTarget.value })
            }
            autosize
            minRows={1}
            maxRows={4}
            {...(index === 0 ? field(`/description/${lang}`, '/description') : field(`/description/${lang}`))}
          />
        </SimpleGrid>
      ))}
      <TextInput
        label={t('form.id')}
        description={isNew ? t('form.idHelp') : t('form.idFixed')}
        value={values.id}
        readOnly={!isNew}
        styles={MONOSPACE_INPUT}
        onChange={(event) => {
          set('id', event.currentTarget.value)
          set('idTouched', true)
        }}
        maxLength={64}
        {...field('/id')}
      />
    </>
  )
}
