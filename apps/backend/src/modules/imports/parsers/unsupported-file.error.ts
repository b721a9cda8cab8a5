/** The uploaded file is not one of the supported exports, or it is damaged. */
export class UnsupportedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedFileError';
  }
}
