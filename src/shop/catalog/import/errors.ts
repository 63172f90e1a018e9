/** One problem in an import file, pointing at where to fix it. */
export interface ImportIssue {
  /** 1-based line in the file where the bad record starts (CSV; JSON when known). */
  line?: number;
  /** JSON path of the bad value ("products[3].variants[0].price"). */
  path?: string;
  handle?: string;
  reason: string;
}

export class CatalogImportError extends Error {
  override name = 'CatalogImportError';
  readonly issues: ImportIssue[];
  constructor(file: string, issues: ImportIssue[]) {
    const shown = issues.slice(0, 50).map(formatIssue);
    const more = issues.length > 50 ? `\n  … and ${issues.length - 50} more` : '';
    super(
      `Catalog import of ${file} failed: ${issues.length} invalid record(s); nothing was imported. ` +
        `Fix them, or import with skipInvalid (--skip-invalid) to import the valid ones.\n  ${shown.join('\n  ')}${more}`,
    );
    this.issues = issues;
  }
}

export function formatIssue(i: ImportIssue): string {
  const where = [i.line !== undefined ? `line ${i.line}` : '', i.path ?? '', i.handle ? `(${i.handle})` : '']
    .filter(Boolean)
    .join(' ');
  return `${where || 'file'}: ${i.reason}`;
}
