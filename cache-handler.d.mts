// Types of what the server entry imports from cache-handler.mjs (plain JavaScript, loaded by Next outside the bundles).
export declare function cacheGeneration(): number;
declare const PortalCacheHandler: unknown;
export default PortalCacheHandler;
