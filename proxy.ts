import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

/**
 * Only `/` needs a proxy: it sends a visitor to their language (cookie, then
 * Accept-Language, then French). Every other page is reached directly, its
 * localized path served by the rewrites in next.config, so that public pages
 * do not pay for a proxy. The proxy never decides who may see what.
 */
export default createMiddleware(routing);

export const config = { matcher: ["/"] };
