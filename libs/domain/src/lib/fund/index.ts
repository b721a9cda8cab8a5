export * from './money';
export * from './amount-rules';
export * from './assistance-workflow';
export * from './activity';
export * from './results';
export * from './assistance-policy';
