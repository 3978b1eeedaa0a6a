import { storageUnavailable } from "./copy/hardening";

/**
 * SQLite's answers when the disk under the data directory is full or cannot
 * be written: SQLITE_FULL, SQLITE_IOERR_* (a failed write or fsync, ENOSPC
 * among them: SQLite does not pass the errno on) and SQLITE_READONLY_*; and
 * the same conditions from Node's own file writes, and PostgreSQL's
 * 53100 disk_full, 58030 io_error and 25006 read_only_sql_transaction (a
 * replica or a server in recovery).
 */
const STORAGE_FAULT_CODE = /^(SQLITE_FULL|SQLITE_IOERR|SQLITE_READONLY|ENOSPC$|EDQUOT$|EROFS$|53100$|58030$|25006$)/;

export function isStorageFault(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && STORAGE_FAULT_CODE.test(code);
}

/**
 * A write the database could not take because of the storage, not because of
 * the input: forms answer it with 503 and the Danish message, keeping what
 * was typed. The SQLite error is its `cause`.
 */
export class StorageFaultError extends Error {
  readonly status = 503;
  constructor(cause: unknown) {
    super(storageUnavailable, { cause });
    this.name = "StorageFaultError";
  }
}

/** The error to throw for `error`: a StorageFaultError for a storage fault, logged once with the original; anything else unchanged. */
export function asStorageFault(error: unknown): unknown {
  if (error instanceof StorageFaultError || !isStorageFault(error)) return error;
  const original = error as Error & { code: string };
  console.error(
    `Storage fault, write refused with 503: ${original.code}: ${original.message}\n${original.stack ?? ""}`,
  );
  return new StorageFaultError(error);
}
