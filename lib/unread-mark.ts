/** Where the header's unread sentence says the number: translated on the server, the number known in the browser. */
export const UNREAD_MARK = "#unread#";
