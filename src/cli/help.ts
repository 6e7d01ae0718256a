export const HELP = `heritage-curator: validate, import and export Heritage Curator datasets

Usage:
  heritage-curator init <dataset> [--name <name>] [--languages en,zh]
  heritage-curator validate <dataset> [--json]
  heritage-curator import <dataset> <file> [--format <format>] [--mapping <targets>]
                          [--status draft|in-review|approved] [--dry-run]
  heritage-curator export <dataset> --format json|csv|datapackage|quickstatements --out <folder>
                          [--approved-only] [--all-or-nothing] [--bom] [--per-kind] [--jsonl]
  heritage-curator --help | --version

Commands:
  init       Create an empty dataset in a new or empty folder.
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

Exit status: 0 done, 1 errors stand or rows were refused, 2 could not run (bad usage, unreadable
file, dataset missing or invalid).
See docs/EXCHANGE.md for the formats.`
