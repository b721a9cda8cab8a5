import type { Config } from 'jest';

const config: Config = {
  displayName: 'frontend',
  preset: 'jest-preset-angular',
  rootDir: '.',
  // jsdom, through the environment jest-preset-angular ships (jest-environment-jsdom is not installed).
  testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: { '^@tracker/domain$': '<rootDir>/../../libs/domain/src/index.ts' },
  coverageDirectory: '../../coverage/apps/frontend',
};

export default config;
