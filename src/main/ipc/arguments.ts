import Ajv2020 from 'ajv/dist/2020.js'
import type { ApiMethod } from '../../shared/api'
import { UI_LANGUAGES } from '../../shared/domain'
import { RECORD_KINDS, type ValidationIssue } from '../../shared/result'
import { SITE_FACETS } from '../query/site-facets'

const kind = { enum: [...RECORD_KINDS] }
const id = { type: 'string', minLength: 1, maxLength: 64 }
const folder = { type: 'string', minLength: 1, maxLength: 4096 }
const record = { type: 'object' }
const query = {
  type: 'object',
  additionalProperties: false,
  properties: {
    search: { type: 'string', maxLength: 500 },
    sortBy: { type: 'string', maxLength: 64 },
    sortDirection: { enum: ['asc', 'desc'] },
    offset: { type: 'integer', minimum: 0 },
    limit: { type: 'integer', minimum: 1, maximum: 1000 },
    facetCounts: { type: 'boolean' },
    lane: { type: 'string', minLength: 1, maxLength: 64 },
    subject: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['site', 'country'] }, id, code: { type: 'string', maxLength: 2 } },
      additionalProperties: false,
    },
    citesSource: id,
    status: { type: 'array', maxItems: 3, items: { enum: ['draft', 'in-review', 'approved'] } },
    facets: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        SITE_FACETS.map((f) => [
          f,
          { type: 'array', maxItems: 500, items: { type: 'string', maxLength: 100 } },
        ]),
      ),
    },
  },
}

const itemRef = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: ['site', 'country'] }, id, code: { type: 'string', maxLength: 2 } },
  additionalProperties: false,
}
const reason = { type: 'string', minLength: 1, maxLength: 2000 }

const openOptions = {
  type: 'object',
  additionalProperties: false,
  properties: { readOnly: { type: 'boolean' } },
}
const backupName = { type: 'string', pattern: '^[0-9TZ.-]{10,40}$' }

const deleteOptions = {
  type: 'object',
  additionalProperties: false,
  required: ['dependents'],
  properties: { dependents: { enum: ['remove', 'reassign'] }, reassignTo: id },
}

const jobId = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' }
const exportOptions = {
  type: 'object',
  additionalProperties: false,
  required: ['format'],
  properties: {
    format: { enum: ['json', 'csv', 'datapackage', 'quickstatements'] },
    folder,
    approvedOnly: { type: 'boolean' },
    allOrNothing: { type: 'boolean' },
    perKind: { type: 'boolean' },
    jsonLines: { type: 'boolean' },
    bom: { type: 'boolean' },
    jobId,
  },
}
const importOptions = {
  type: 'object',
  additionalProperties: false,
  properties: {
    format: { enum: ['unesco-csv', 'csv', 'json', 'bibtex', 'ris', 'csl-json'] },
    mapping: {
      type: 'array',
      maxItems: 500,
      items: { anyOf: [{ type: 'string', maxLength: 64 }, { type: 'null' }] },
    },
    status: { enum: ['draft', 'in-review', 'approved'] },
    jobId,
  },
}

/** JSON pointers of the fields a merge takes from the removed site. */
const mergeTake = {
  type: 'array',
  maxItems: 500,
  uniqueItems: true,
  items: { type: 'string', pattern: '^/[A-Za-z]+(/[A-Za-z0-9-]+)?$', maxLength: 100 },
}

function args(required: object[], optional: object[] = []) {
  const items = [...required, ...optional]
  const bounds = { type: 'array', minItems: required.length, maxItems: items.length }
  return items.length === 0 ? bounds : { ...bounds, prefixItems: items, items: false }
}

/** The shape of each method's arguments; every IPC call is checked against it before anything runs. */
const ARGUMENTS: Record<ApiMethod, object> = {
  getDatasetInfo: args([]),
  openDataset: args([], [{ anyOf: [folder, { type: 'null' }] }, openOptions]),
  listFolderBackups: args([folder]),
  restoreFolderBackup: args([folder, backupName]),
  saveDatasetAs: args([], [folder]),
  queryRecords: args([kind, query]),
  getRecord: args([kind, id]),
  saveRecord: args([kind, record]),
  deleteRecord: args([kind, id], [deleteOptions]),
  reorderStatements: args([{ type: 'array', minItems: 1, maxItems: 1000, items: id }]),
  undo: args([]),
  redo: args([]),
  getUndoState: args([]),
  getHistory: args([kind, id]),
  restoreVersion: args([kind, id, { type: 'integer', minimum: 1 }]),
  listBackups: args([]),
  restoreBackup: args([{ type: 'string', pattern: '^[0-9TZ.-]{10,40}$' }]),
  resolveConflict: args([{ enum: ['keep-mine', 'take-theirs'] }]),
  getPreferences: args([]),
  savePreferences: args([
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        curatorName: { type: 'string', minLength: 1, maxLength: 100 },
        language: { enum: [...UI_LANGUAGES] },
        colorScheme: { enum: ['auto', 'light', 'dark'] },
        tableColumns: {
          type: 'object',
          maxProperties: 20,
          propertyNames: { pattern: '^[a-z][a-z-]{0,39}$' },
          additionalProperties: {
            type: 'array',
            maxItems: 50,
            uniqueItems: true,
            items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,59}$' },
          },
        },
      },
    },
  ]),
  validateDraft: args([kind, record]),
  listProblems: args([
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        severity: { enum: ['error', 'warning', 'suggestion'] },
        rule: { type: 'string', maxLength: 100 },
        kind,
        recordId: id,
        includeAcknowledged: { type: 'boolean' },
        offset: { type: 'integer', minimum: 0 },
        limit: { type: 'integer', minimum: 1, maximum: 1000 },
      },
    },
  ]),
  getCoverage: args([], [itemRef]),
  acknowledgeIssue: args([
    kind,
    id,
    { type: 'string', maxLength: 100 },
    { type: 'string', maxLength: 200 },
    reason,
  ]),
  openExternal: args([{ type: 'string', minLength: 1, maxLength: 4096 }]),
  exportDataset: args([exportOptions]),
  previewImport: args([{ anyOf: [folder, { type: 'null' }] }], [importOptions]),
  commitImport: args(
    [{ type: 'string', pattern: '^preview-[a-z0-9]{1,32}$' }],
    [
      {
        type: 'array',
        maxItems: 1_000_000,
        uniqueItems: true,
        items: { type: 'string', pattern: '^row-[0-9]{1,9}$' },
      },
    ],
  ),
  cancelJob: args([jobId]),
  findDuplicates: args(
    [],
    [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          offset: { type: 'integer', minimum: 0 },
          limit: { type: 'integer', minimum: 1, maximum: 1000 },
          minScore: { type: 'number', minimum: 0, maximum: 1 },
          jobId,
        },
      },
    ],
  ),
  previewMerge: args([id, id], [mergeTake]),
  mergeSites: args([id, id], [mergeTake]),
  markNotDuplicate: args([id, id]),
  newDataset: args([], [folder]),
  querySitePoints: args([query]),
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 32

/** Finds a prototype key or excessive nesting anywhere in a value; answers where, or undefined. */
export function findHostileKey(value: unknown, path = '', depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return `${path} (nested deeper than ${MAX_DEPTH} levels)`
  if (value === null || typeof value !== 'object') return undefined
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `${path}/${key}`
    const found = findHostileKey((value as Record<string, unknown>)[key], `${path}/${key}`, depth + 1)
    if (found) return found
  }
  return undefined
}

// strictTuples off: optional trailing arguments make a tuple whose minItems is below its length.
const ajv = new Ajv2020({ strict: true, strictTuples: false, allErrors: false })
const validators = new Map(Object.entries(ARGUMENTS).map(([name, schema]) => [name, ajv.compile(schema)]))

/** Checks a call's method name and arguments; answers the problems, none when the call is well formed. */
export function checkArguments(method: string, values: unknown): ValidationIssue[] {
  const validate = validators.get(method)
  if (!validate)
    return [{ path: '', rule: 'ipc.method', severity: 'error', message: `Unknown method “${method}”.` }]
  const hostile = findHostileKey(values)
  if (hostile) {
    return [
      {
        path: hostile,
        rule: 'ipc.hostile-key',
        severity: 'error',
        message: `Refused: ${hostile} is not allowed.`,
      },
    ]
  }
  if (validate(values)) return []
  return (validate.errors ?? []).map((e) => ({
    path: e.instancePath,
    rule: 'ipc.arguments',
    severity: 'error',
    message: `Argument ${e.instancePath || '(list)'} of ${method} ${e.message ?? 'is not valid'}.`,
  }))
}
