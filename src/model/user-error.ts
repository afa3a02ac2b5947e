import { formatLocation, type Location } from './location.js';

/** A problem with the user's input or configuration: printed as one line, exit code 2. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** A problem at a location. */
  static at(message: string, where: Location = {}): UserError {
    return new UserError(message, where.file, where.line, where.column);
  }

  get location(): Location {
    return { file: this.file, line: this.line, column: this.column };
  }

  /** `file:line:column: message`, the one line the CLI prints. */
  format(): string {
    const where = formatLocation(this.location);
    return `${where ? `${where}: ` : ''}${this.message}`;
  }
}
