/**
 * A development set plays dozens of scripted steps through the real engine, tools and database:
 * 1–5 s on an idle machine, 20–40 s when both cores are busy (a crafts run timed out at vitest's
 * 20 s default in a stress run). The score is what these tests check, never the time.
 */
export const DEV_SET_TIMEOUT_MS = 120_000;
