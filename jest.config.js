// Jest runs the TypeScript tests through ts-jest, compiled to CommonJS for Node.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // office-addin-mock imports office-addin-manifest only for its OfficeApp names (see the stub's header).
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifest.ts" },
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node10", isolatedModules: true } },
    ],
  },
};
