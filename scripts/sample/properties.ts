/**
 * The property registry of the sample: what its statements can say. Ids are slugs; a Wikidata
 * property is named only where it is certainly the same notion.
 */
import type { Property } from '@shared/domain'

/** Counts and ranks about a country, all of which change over time. */
function countryQuantity(
  id: string,
  label: Property['label'],
  description: Property['description'],
): Property {
  return { id, label, description, datatype: 'quantity', subjects: ['country'], expectsPointInTime: true }
}

export const PROPERTIES: Property[] = [
  {
    // The one count a consistency rule can check against the site records themselves.
    ...countryQuantity(
      'world-heritage-site-count',
      { en: 'number of World Heritage sites', zh: '世界遗产数量' },
      {
        en: 'Number of properties on the World Heritage List of which the country is a State Party.',
        zh: '该国作为缔约国拥有的《世界遗产名录》项目数量。',
      },
    ),
    checksSiteCount: true,
  },
  countryQuantity(
    'world-heritage-rank',
    { en: 'World Heritage rank', zh: '世界遗产数量排名' },
    {
      en: 'Rank of the country among all States Parties by number of World Heritage sites (1 = most).',
      zh: '按世界遗产数量计，该国在所有缔约国中的排名（1 为最多）。',
    },
  ),
  countryQuantity(
    'natural-heritage-rank',
    { en: 'natural World Heritage rank', zh: '世界自然遗产数量排名' },
    {
      en: 'Rank of the country by number of natural World Heritage sites (1 = most).',
      zh: '按世界自然遗产数量计，该国的排名（1 为最多）。',
    },
  ),
  countryQuantity(
    'mixed-heritage-rank',
    { en: 'mixed World Heritage rank', zh: '世界文化和自然双重遗产数量排名' },
    {
      en: 'Rank of the country by number of mixed (cultural and natural) World Heritage sites (1 = most).',
      zh: '按世界文化和自然双重遗产数量计，该国的排名（1 为最多）。',
    },
  ),
  countryQuantity(
    'committee-sessions-hosted',
    { en: 'World Heritage Committee sessions hosted', zh: '承办世界遗产委员会会议次数' },
    {
      en: 'Number of sessions of the World Heritage Committee the country has hosted.',
      zh: '该国承办世界遗产委员会会议的次数。',
    },
  ),
  {
    id: 'party-to-convention-since',
    label: { en: 'party to the World Heritage Convention since', zh: '加入《世界遗产公约》时间' },
    description: {
      en: 'When the country became a State Party to the Convention Concerning the Protection of the World Cultural and Natural Heritage.',
      zh: '该国成为《保护世界文化和自然遗产公约》缔约国的时间。',
    },
    datatype: 'time',
    subjects: ['country'],
  },
  {
    // A qualifier: the date at which a count or rank held. No subjects, as it qualifies statements;
    // qualifier only, so that the statement form never offers it as a statement's own property.
    id: 'point-in-time',
    label: { en: 'point in time', zh: '时间点' },
    description: { en: 'The date at which a value held.', zh: '某个值成立的时间。' },
    datatype: 'time',
    qualifierOnly: true,
    wikidataProperty: 'P585',
  },
  {
    id: 'official-website',
    label: { en: 'official website', zh: '官方网站' },
    description: { en: "The site's own website.", zh: '遗产地的官方网站。' },
    datatype: 'url',
    subjects: ['site'],
    wikidataProperty: 'P856',
  },
  {
    id: 'alternative-name',
    label: { en: 'alternative name', zh: '别名' },
    description: {
      en: 'Another name the site is known by, in one language.',
      zh: '遗产地的其他名称（单一语言）。',
    },
    datatype: 'monolingual',
    subjects: ['site'],
  },
  {
    id: 'area',
    label: { en: 'area', zh: '面积' },
    description: {
      en: 'Area of the inscribed property, in hectares; it changes when the boundaries are modified.',
      zh: '列入名录的遗产地面积（公顷），边界调整时会变化。',
    },
    datatype: 'quantity',
    unit: 'hectare',
    subjects: ['site'],
    expectsPointInTime: true,
    wikidataProperty: 'P2046',
  },
  {
    id: 'world-heritage-criterion',
    label: { en: 'World Heritage criterion', zh: '世界遗产标准' },
    description: {
      en: 'A criterion of the Operational Guidelines under which the site was inscribed, (i) to (x).',
      zh: '遗产地据以列入名录的《操作指南》标准之一，(i) 至 (x)。',
    },
    datatype: 'string',
    subjects: ['site'],
  },
]
