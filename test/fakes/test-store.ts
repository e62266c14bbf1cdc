/**
 * Which store this run of the suite is on: `npm run test:pg` sets TONGGONG_TEST_STORE and every
 * database a test opens is then a PostgreSQL schema (data/db/test-store.ts). A test of something
 * only one store has (an SQLite file on disk, a PostgreSQL plan) runs on that store's run only.
 */
export const onPostgres = Boolean(process.env.TONGGONG_TEST_STORE);
