import path from 'node:path';

/**
 * The path a human or a CI system should see: an absolute path inside `cwd` becomes
 * relative to it (GitHub annotations and JUnit reports need repository-relative paths);
 * anything else is kept as given. Always forward slashes, so output is the same on Windows.
 */
export function displayPath(file: string, cwd: string): string {
  let shown = file;
  if (path.isAbsolute(file)) {
    const relative = path.relative(cwd, file);
    if (isInside(relative)) shown = relative;
  }
  return path.sep === '\\' ? shown.replace(/\\/g, '/') : shown;
}

/** True when `relative` (from path.relative) names something strictly inside the base folder. */
export function isInside(relative: string): boolean {
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}
