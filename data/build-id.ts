/** Set by tools/build/build.mjs (esbuild's `define`) in the compiled build; absent when running the TypeScript. */
declare const __TONGGONG_BUILD_ID__: string | undefined;

/**
 * A hash of the source code the compiled build was made from, or undefined when the TypeScript
 * runs (tests, development). Data derived by the code and kept on disk between runs (the Q&A
 * index) is keyed on it, so an upgrade never reads what an older version of the code worked
 * out; under tsx the code may change between two runs unseen, so nothing is kept.
 */
export const BUILD_ID: string | undefined =
  typeof __TONGGONG_BUILD_ID__ === 'string' ? __TONGGONG_BUILD_ID__ : undefined;
