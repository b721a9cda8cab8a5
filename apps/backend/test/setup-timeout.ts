// Integration specs talk to a real PostgreSQL and queue; Jest's 5 s default is too short on a busy CI machine.
jest.setTimeout(60_000);
