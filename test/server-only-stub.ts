// Lets unit tests import server-only modules; Next enforces the boundary in the app build.
export {};
