/** The two servers the browser tests run against, both on the one production build. */

/** The app on its seed corpus. */
export const SEEDED_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The app on a synthetic corpus dense enough for clusters; real and synthetic data never share a database. */
export const SYNTHETIC_PORT = SEEDED_PORT + 1;

/** Synthetic events in that corpus: a few thousand, so a zoomed-out window shows clusters. */
export const SYNTHETIC_EVENTS = 3000;
