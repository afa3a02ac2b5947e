/** Reading pack folders: a folder that cannot be read is one line; a defect is not passed off as one. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/model/index.js';
import { folderError } from '../../src/workspace/pack-files.js';

describe('folderError', () => {
  it('a file-system error while reading a folder becomes one line naming the folder and the code', () => {
    const e = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'scandir' });
    const line = folderError(e, 'policies/local');
    expect(line).toBeInstanceOf(UserError);
    expect(line.format()).toBe('policies/local: cannot read rule pack folder: EACCES');
  });

  it('a UserError passes through as it is', () => {
    const own = new UserError('not a rule pack', 'x.yaml', 1, 1);
    expect(folderError(own, 'policies')).toBe(own);
  });

  it('anything else is a defect and is thrown, not reported as an unreadable folder', () => {
    const missing = Object.assign(new Error("Cannot find module './synckit-worker'"), { code: 'MODULE_NOT_FOUND' });
    expect(() => folderError(missing, 'policies')).toThrow("Cannot find module './synckit-worker'");
    expect(() => folderError(new TypeError('x is undefined'), 'policies')).toThrow(TypeError);
  });
});
