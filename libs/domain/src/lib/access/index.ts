export * from './roles';
export * from './assessment-policy';
export * from './password-policy';
export * from './login-throttle';
export * from './sessions';
export * from './account-scope';
