/** The 长辈版 (large text) choice: read by the locale layout on the server, set by LargeTextSwitch. */
export const LARGE_TEXT_COOKIE = "nx-large-text";
export const LARGE_TEXT_CLASS = "large-text";
