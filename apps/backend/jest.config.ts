import type { Config } from 'jest';

const config: Config = {
  displayName: 'backend',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', isolatedModules: false }] },
  moduleNameMapper: {
    '^@tracker/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@tracker/migrations$': '<rootDir>/../../migrations/index.ts',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/setup-timeout.ts'],
};

export default config;
