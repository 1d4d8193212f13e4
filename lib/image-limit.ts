/** The largest image an editor may upload. Apart from lib/image.ts so that the server entry (server.ts) reads it without loading sharp. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
