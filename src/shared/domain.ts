/**
 * Domain types, one file per concept (records, tables, history, dataset, preferences, problems,
 * duplicates, map, curation). This module re-exports them all, so that `shared/domain` keeps
 * working; new code may import the concept's own file.
 */
export * from './records'
export * from './tables'
export * from './history'
export * from './dataset'
export * from './preferences'
export * from './problems'
export * from './duplicates'
export * from './map'
export * from './curation'
