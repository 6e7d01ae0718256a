export const HELP = `heritage-curator: validate, import and export Heritage Curator datasets

Usage:
  heritage-curator init <dataset> [--name <name>] [--languages en,zh] [--git [--author "Name <e-mail>"]]
  heritage-curator validate <dataset> [--json]
  heritage-curator import <dataset> <file> [--format <format>] [--mapping <targets>]
                          [--status draft|in-review|approved] [--dry-run] [--author "Name <e-mail>"]
  heritage-curator export <dataset> --format json|csv|datapackage|quickstatements --out <folder>
                          [--approved-only] [--all-or-nothing] [--bom] [--per-kind] [--jsonl]
  heritage-curator sync <dataset> [--remote <https-url|folder>] [--message <text>] [--author "Name <e-mail>"]
                        [--abort]
  heritage-curator merge-driver %O %A %B %P
  heritage-curator --help | --version

Commands:
  init       Create an empty dataset in a new or empty folder. With --git, make the dataset (new or
             existing) a git repository: .gitattributes names the record-level merge driver, the
             driver is registered in .git/config, and what is there is committed.
  validate   Check every record; exit status 1 and a report when errors stand.
  import     Import a file as one undoable step. Formats: unesco-csv, csv, json, bibtex, ris,
             csl-json, wos (Web of Science plain text), wikidata (Special:EntityData JSON);
             detected when --format is left out. --dry-run lists the fields each record
             would change. A dataset folder that does not exist
             yet is created first (named with --name, languages from --languages).
             A CSV of unknown layout needs --mapping: one target per column, comma-separated,
             empty to skip a column (e.g. "name:en,latitude,longitude,,criteria").
             Exit status 1 when some rows were refused (the others are imported).
  export     Export what passes the export gate, with report.json and manifest.json, into a
             new or empty folder (a previous export's folder is replaced whole).
  sync       Commit the changed records (with --message), pull (our commits replayed onto the
             remote's, record by record; history stays linear) and push. --remote sets the team's
             remote: an https URL (token from HERITAGE_CURATOR_TOKEN, never from the URL) or a
             shared folder (made a bare repository if empty). Exit status 1 when records need a
             curator: nothing is written; resolve them in the app, or --abort.
  merge-driver
             The git merge driver for dataset files: merges one shard record by record, field by
             field; exit status 0 with the result in %A, 1 with the conflicts listed (never markers).

Who made the changes:
  import, sync and init --git record who made their changes: the dataset's history (as the app
  shows it) names them, and git commits need an e-mail as well. Give --author "Name <e-mail>"
  ("Name" alone will do for import), or set HERITAGE_CURATOR_AUTHOR once for a script. Without
  either they refuse (exit status 2) and write nothing: the command never signs with this
  machine's account name. validate, export, init without --git and import --dry-run record
  nothing and need no author.

Exit status: 0 done, 1 errors stand or rows were refused, 2 could not run (bad usage, unreadable
file, dataset missing or invalid).
See docs/EXCHANGE.md for the formats and docs/TEAM.md for teams on git.`
