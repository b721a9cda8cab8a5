// Browser specs start the production server and Chromium.
jest.setTimeout(120_000);
