/**
 * The shape of each API method's arguments: every IPC call is checked against it before anything
 * runs. Each entry is typed by the contract (`ArgsSchema<ApiArgs<M>>`), so a schema that drifts
 * from `CuratorApi`'s argument types fails to compile.
 */
import type { ApiArgs, ApiMethod } from '@shared/api'
import { SITE_FACETS, UI_LANGUAGES, type Draft, type PathToken } from '@shared/domain'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import { PATH_TOKEN_PATTERN } from './path-tokens'
import { args, checkedByHandler, mapOf, oneOf, someOf, Type, type ArgsSchema } from './schema-kit'

const kind = oneOf(RECORD_KINDS)
const id = Type.String({ minLength: 1, maxLength: 64 })
/** A file or folder main chose, named by the token it handed over: never a path (PathTokens). */
const pathToken = Type.Unsafe<PathToken>({ type: 'string', pattern: PATH_TOKEN_PATTERN })
const draft = checkedByHandler<Draft<RecordKind>>()
const curationStatus = oneOf(['draft', 'in-review', 'approved'])
const offset = Type.Integer({ minimum: 0 })
const limit = Type.Integer({ minimum: 1, maximum: 1000 })
const jobId = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' })
const backupName = Type.String({ pattern: '^[0-9TZ.-]{10,40}$' })
const reason = Type.String({ minLength: 1, maxLength: 2000 })
const closed = { additionalProperties: false } as const

const itemRef = Type.Union([
  Type.Object({ kind: Type.Literal('site'), id }, closed),
  Type.Object({ kind: Type.Literal('country'), code: Type.String({ maxLength: 2 }) }, closed),
])

const query = Type.Object(
  {
    search: Type.Optional(Type.String({ maxLength: 500 })),
    // A column key: letters first, so that no prototype name (__proto__) gets near a lookup.
    sortBy: Type.Optional(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,63}$' })),
    sortDirection: Type.Optional(oneOf(['asc', 'desc'])),
    language: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$' })),
    offset: Type.Optional(offset),
    limit: Type.Optional(limit),
    facetCounts: Type.Optional(Type.Boolean()),
    lane: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    subject: Type.Optional(itemRef),
    citesSource: Type.Optional(id),
    status: Type.Optional(Type.Array(curationStatus, { maxItems: 3 })),
    facets: Type.Optional(
      someOf(SITE_FACETS, Type.Array(Type.String({ maxLength: 100 }), { maxItems: 500 })),
    ),
  },
  closed,
)

const openOptions = Type.Object({ readOnly: Type.Optional(Type.Boolean()) }, closed)

const deleteOptions = Type.Object(
  { dependents: oneOf(['remove', 'reassign']), reassignTo: Type.Optional(id) },
  closed,
)

const preferences = Type.Object(
  {
    curatorName: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' })),
    // An address, or empty to clear it.
    curatorEmail: Type.Optional(
      Type.String({ maxLength: 254, pattern: '^(?:[^\\s@]+@[^\\s@]+\\.[^\\s@]+)?$' }),
    ),
    language: Type.Optional(oneOf(UI_LANGUAGES)),
    colorScheme: Type.Optional(oneOf(['auto', 'light', 'dark'])),
    tableColumns: Type.Optional(
      mapOf(
        '^[a-z][a-z-]{0,39}$',
        Type.Array(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,59}$' }), {
          maxItems: 50,
          uniqueItems: true,
        }),
        20,
      ),
    ),
  },
  closed,
)

const problemQuery = Type.Object(
  {
    severity: Type.Optional(oneOf(['error', 'warning', 'suggestion'])),
    rule: Type.Optional(Type.String({ maxLength: 100 })),
    kind: Type.Optional(kind),
    recordId: Type.Optional(id),
    includeAcknowledged: Type.Optional(Type.Boolean()),
    offset: Type.Optional(offset),
    limit: Type.Optional(limit),
  },
  closed,
)

const exportRequest = Type.Object(
  {
    format: oneOf(['json', 'csv', 'datapackage', 'quickstatements']),
    approvedOnly: Type.Optional(Type.Boolean()),
    allOrNothing: Type.Optional(Type.Boolean()),
    perKind: Type.Optional(Type.Boolean()),
    jsonLines: Type.Optional(Type.Boolean()),
    bom: Type.Optional(Type.Boolean()),
    jobId: Type.Optional(jobId),
  },
  closed,
)

const importOptions = Type.Object(
  {
    format: Type.Optional(
      oneOf(['unesco-csv', 'csv', 'json', 'bibtex', 'ris', 'csl-json', 'wos', 'wikidata']),
    ),
    mapping: Type.Optional(
      Type.Array(Type.Union([Type.String({ maxLength: 64 }), Type.Null()]), { maxItems: 500 }),
    ),
    status: Type.Optional(curationStatus),
    jobId: Type.Optional(jobId),
  },
  closed,
)

const duplicateQuery = Type.Object(
  {
    offset: Type.Optional(offset),
    limit: Type.Optional(limit),
    minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    jobId: Type.Optional(jobId),
  },
  closed,
)

/** JSON pointers of the fields a merge takes from the removed site. */
const mergeTake = Type.Array(Type.String({ pattern: '^/[A-Za-z]+(/[A-Za-z0-9-]+)?$', maxLength: 100 }), {
  maxItems: 500,
  uniqueItems: true,
})

/** Within ARGUMENT_LIMITS.nodes: an import of 200,000 rows can still be committed row by row. */
const importRowIds = Type.Array(Type.String({ pattern: '^row-[0-9]{1,9}$' }), {
  maxItems: 200_000,
  uniqueItems: true,
})

/** The team on git: a remote (URL and token, or a folder main picks), a record key, a choice. */
const remoteRequest = Type.Union([
  Type.Object(
    {
      url: Type.String({ minLength: 1, maxLength: 2048 }),
      token: Type.Optional(Type.String({ maxLength: 4096 })),
      username: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    },
    closed,
  ),
  Type.Object({ folder: Type.Literal('choose') }, closed),
])
const recordKey = Type.String({ minLength: 3, maxLength: 300 })
const fieldPath = Type.String({ maxLength: 1000 })
const resolution = Type.Union([
  Type.Object({ take: oneOf(['base', 'ours', 'theirs']) }, closed),
  Type.Object({ set: Type.Unknown() }, closed),
  Type.Object({ remove: Type.Literal(true) }, closed),
])
const teamHistoryQuery = Type.Object(
  { limit: Type.Optional(limit), record: Type.Optional(Type.Object({ kind, id }, closed)) },
  closed,
)

export const ARGUMENTS: { [M in ApiMethod]: ArgsSchema<ApiArgs<M>> } = {
  getDatasetInfo: args(),
  openDataset: args([], [Type.Union([pathToken, Type.Null()]), openOptions]),
  listFolderBackups: args([pathToken]),
  restoreFolderBackup: args([pathToken, backupName]),
  saveDatasetAs: args(),
  queryRecords: args([kind, query]),
  getRecord: args([kind, id]),
  saveRecord: args([kind, draft]),
  deleteRecord: args([kind, id], [deleteOptions]),
  reorderStatements: args([Type.Array(id, { minItems: 1, maxItems: 1000 })]),
  undo: args(),
  redo: args(),
  getUndoState: args(),
  getHistory: args([kind, id]),
  restoreVersion: args([kind, id, Type.Integer({ minimum: 1 })]),
  listBackups: args(),
  restoreBackup: args([backupName]),
  resolveConflict: args([oneOf(['keep-mine', 'take-theirs'])]),
  getPreferences: args(),
  savePreferences: args([preferences]),
  validateDraft: args([kind, draft]),
  listProblems: args([problemQuery]),
  getCoverage: args([], [itemRef]),
  acknowledgeIssue: args([
    kind,
    id,
    Type.String({ maxLength: 100 }),
    Type.String({ maxLength: 200 }),
    reason,
  ]),
  openExternal: args([Type.String({ minLength: 1, maxLength: 4096 })]),
  exportDataset: args([exportRequest]),
  previewImport: args([Type.Union([pathToken, Type.Null()])], [importOptions]),
  commitImport: args([Type.String({ pattern: '^preview-[a-z0-9]{1,32}$' })], [importRowIds]),
  cancelJob: args([jobId]),
  findDuplicates: args([], [duplicateQuery]),
  previewMerge: args([id, id], [mergeTake]),
  mergeSites: args([id, id], [mergeTake]),
  markNotDuplicate: args([id, id]),
  newDataset: args(),
  querySitePoints: args([query]),
  getTeamStatus: args(),
  listTeamChanges: args(),
  commitTeamChanges: args(
    [Type.String({ minLength: 1, maxLength: 500 })],
    [Type.String({ maxLength: 10_000 })],
  ),
  getTeamHistory: args([], [teamHistoryQuery]),
  getRecordTeamHistory: args([kind, id]),
  setTeamRemote: args([remoteRequest]),
  syncTeam: args([oneOf(['fetch', 'pull', 'push', 'sync'])], [jobId]),
  getTeamMerge: args(),
  resolveTeamField: args([recordKey, fieldPath, Type.Union([resolution, Type.Null()])]),
  resolveTeamRecord: args([recordKey, oneOf(['ours', 'theirs'])]),
  finishTeamMerge: args(),
  abortTeamMerge: args(),
  initTeamRepository: args(),
  cloneTeamDataset: args([remoteRequest], [jobId]),
  suggestProperties: args([itemRef]),
  propertyUsage: args(),
  previewQuickStatements: args([], [Type.Object({ approvedOnly: Type.Optional(Type.Boolean()) }, closed)]),
}
