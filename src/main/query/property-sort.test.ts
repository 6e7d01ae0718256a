import { describe, expect, it } from 'vitest'
import { copySample } from '../../../tests/support/temp-dataset'
import { DatasetStore } from '../dataset/dataset-store'
import { createSchemaValidators } from '../validation/ajv'
import { queryRecords } from './query-records'

async function sampleStore() {
  return DatasetStore.open(await copySample(), createSchemaValidators(), { readOnly: true })
}

const labels = (store: DatasetStore, language: string | undefined, pick: 'en' | 'zh') =>
  queryRecords(store, 'property', { sortBy: 'label', limit: 500, ...(language && { language }) }).rows.map(
    (p) => (pick === 'zh' ? (p.label.zh ?? p.label.en) : p.label.en) as string,
  )

describe('the Properties table sorts by label in the interface language', () => {
  it('Chinese: by the Chinese label, in pinyin order; English: by the English label', async () => {
    const store = await sampleStore()
    try {
      const chinese = labels(store, 'zh-Hans', 'zh')
      expect(chinese.length).toBeGreaterThan(5)
      expect(chinese).toEqual([...chinese].sort(new Intl.Collator('zh', { numeric: true }).compare))
      // Pinyin, not code points: 时间点 (shí) comes after 承办… (chéng).
      expect(chinese.indexOf('时间点')).toBeGreaterThan(chinese.indexOf('承办世界遗产委员会会议次数'))

      const english = labels(store, 'en', 'en')
      expect(english).toEqual([...english].sort(new Intl.Collator('en', { numeric: true }).compare))
      expect(labels(store, undefined, 'en')).toEqual(english)
      expect(labels(store, 'zh-Hans', 'en')).not.toEqual(english)
    } finally {
      await store.close()
    }
  })
})
