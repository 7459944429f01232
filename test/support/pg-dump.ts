import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** pg_dump of the PostgreSQL 15 install the tests run against (PG_DUMP overrides). */
const PG_DUMP = process.env['PG_DUMP'] ?? '/usr/lib/postgresql/15/bin/pg_dump';

/**
 * A real `pg_dump` of the database (data only, plain COPY format) — what a stolen backup holds —
 * split into `table.column` → the column's values as they appear in the dump.
 */
export class DatabaseDump {
  private constructor(
    readonly text: string,
    private readonly columns: ReadonlyMap<string, string[]>,
  ) {}

  static async of(databaseUrl: string): Promise<DatabaseDump> {
    const { stdout } = await run(PG_DUMP, ['--data-only', '--no-owner', '--no-privileges', databaseUrl], { maxBuffer: 512 * 1024 * 1024 });
    return new DatabaseDump(stdout, parseCopyBlocks(stdout));
  }

  /** Every `table.column` whose dumped value contains `needle` (case-insensitive), plus `(outside COPY data)` if it appears elsewhere. */
  where(needle: string): string[] {
    const lower = needle.toLowerCase();
    const hits = [...this.columns].filter(([, values]) => values.some((v) => v.toLowerCase().includes(lower))).map(([name]) => name);
    const count = (text: string) => text.toLowerCase().split(lower).length - 1;
    const inData = [...this.columns.values()].reduce((n, values) => n + values.reduce((m, v) => m + count(v), 0), 0);
    const total = count(this.text);
    // A hit that no column explains (e.g. a value split by escaping) still counts.
    if (total > inData) hits.push('(outside COPY data)');
    return hits.sort();
  }

  contains(needle: string): boolean {
    return this.text.toLowerCase().includes(needle.toLowerCase());
  }
}

function parseCopyBlocks(dump: string): Map<string, string[]> {
  const columns = new Map<string, string[]>();
  const lines = dump.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^COPY (?:public\.)?"?([\w]+)"? \((.*)\) FROM stdin;$/.exec(lines[i]!);
    if (!header) continue;
    const table = header[1]!;
    const names = header[2]!.split(', ').map((c) => c.replace(/^"|"$/g, ''));
    for (i++; i < lines.length && lines[i] !== '\\.'; i++) {
      lines[i]!.split('\t').forEach((value, c) => {
        const key = `${table}.${names[c] ?? `#${c}`}`;
        const list = columns.get(key) ?? [];
        list.push(value);
        columns.set(key, list);
      });
    }
  }
  return columns;
}
