/** A file that cannot be imported at all, with the line to look at. */
export class ImportFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`)
    this.name = 'ImportFileError'
  }
}
