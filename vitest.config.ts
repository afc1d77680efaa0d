import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Private TMPDIR for the run, removed afterwards; reports leaked temp folders and processes.
    globalSetup: ['test/support/privateTmpdir.ts'],
    // Generous for a loaded 2-core CI machine (browser and child-process tests); a hang still fails.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // restify reads process.binding('http_parser'); npm start hides the same warning.
    execArgv: ['--disable-warning=DEP0111'],
    // At least two files at a time even on 2 cores: most files mostly wait (SMTP, azurite, Chromium,
    // child processes), and every server binds port 0 and writes into its own temp folder.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', 'json'],
    outputFile: { json: 'build/test-results.json' },
  },
});
