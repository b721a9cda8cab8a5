import type { Config } from 'jest';

/** Browser tests: the built server on a fresh database, driven in real Chromium. */
const config: Config = {
  displayName: 'e2e',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@tracker/domain$': '<rootDir>/../libs/domain/src/index.ts' },
  setupFilesAfterEnv: ['<rootDir>/src/support/setup-timeout.ts'],
  maxWorkers: 1,
};

export default config;
