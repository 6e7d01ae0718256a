/** Site names for the duplicates views: the app's one rule (lib/record-name), under the names these files use. */
export { orderedNames, localName as mainName } from '@renderer/lib/record-name'
