import contentDisposition from 'content-disposition';

/**
 * The Content-Disposition header for a download, built by the `content-disposition` package: it
 * quotes and escapes the name, and adds an RFC 8187 `filename*` for names that are not plain ASCII
 * (a municipality or plan title with quotes or an é), so no header can be broken or split by a name.
 */
export function dispositionHeader(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  return contentDisposition(fileName, { type });
}
