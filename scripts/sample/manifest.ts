/** The manifest of the sample dataset: what it is, and whose facts it carries. */
import type { Manifest } from '@shared/domain'

export const MANIFEST: Manifest = {
  name: "China's World Heritage",
  description:
    "The 59 World Heritage sites of China as UNESCO's World Heritage List records them after the July 2024 " +
    'session of the World Heritage Committee, including the Silk Roads corridor shared with Kazakhstan and ' +
    'Kyrgyzstan, with their names in English and Chinese, categories, criteria, inscription and extension ' +
    "years, locations and areas; and a first set of referenced statements about China's place on the List " +
    '(number of sites, ranks, membership of the Convention, Committee sessions hosted), drawn from a Xinhua ' +
    'report of 12 June 2024 and awaiting review; and statements about three sites (the Great Wall, Mount ' +
    'Taishan, the Beijing Central Axis): their area and inscription criteria, citing the List itself. A ' +
    'sample to try Heritage Curator with.',
  license:
    "Site facts derive from UNESCO's World Heritage List (site names © UNESCO/World Heritage Centre; " +
    "UNESCO's descriptions are not included). Statements about China derive from the Xinhua article " +
    '"China expects more exchanges, cooperation with all parties in world heritage protection" (12 June 2024), ' +
    'quoted briefly with citation.',
  schemaVersion: 1,
  languages: ['en', 'zh'],
}
