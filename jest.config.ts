import type { Config } from 'jest';

// Every test runs in UTC so date rules and fixtures never depend on the machine's zone.
process.env.TZ = 'UTC';

const config: Config = {
  projects: [
    '<rootDir>/libs/domain/jest.config.ts',
    '<rootDir>/apps/backend/jest.config.ts',
    '<rootDir>/apps/frontend/jest.config.ts',
    '<rootDir>/e2e/jest.config.ts',
  ],
};

export default config;
