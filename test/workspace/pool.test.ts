import { describe, expect, it } from 'vitest';
import { startPool, WORKER_YOUNG_MB } from '../../src/workspace/pool.js';

describe('worker pool', () => {
  it('starts its workers with a small young generation (peak memory of an audit, DESIGN §7)', async () => {
    const pool = startPool(1);
    try {
      expect(pool.options.resourceLimits?.maxYoungGenerationSizeMb).toBe(WORKER_YOUNG_MB);
      expect(WORKER_YOUNG_MB).toBeLessThan(16);
      expect(pool.options.maxThreads).toBe(1);
    } finally {
      await pool.destroy();
    }
  });
});
