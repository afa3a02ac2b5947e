import { setFlagsFromString } from 'node:v8';
import { describe, expect, it, vi } from 'vitest';
import { HEAP_GROWING_PERCENT, startPool, WORKER_YOUNG_MB } from '../../src/workspace/pool.js';

vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: vi.fn() }));

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

  it('bounds how far the heaps grow between full collections before the workers start', async () => {
    vi.mocked(setFlagsFromString).mockClear();
    const pool = startPool(1);
    try {
      expect(setFlagsFromString).toHaveBeenCalledWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
      expect(HEAP_GROWING_PERCENT).toBeGreaterThan(0);
      expect(HEAP_GROWING_PERCENT).toBeLessThanOrEqual(100);
    } finally {
      await pool.destroy();
    }
  });
});
