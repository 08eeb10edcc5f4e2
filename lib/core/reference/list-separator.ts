/** What joins (OWID Grapher's form) several values of one API parameter (`country=KAZ~UZB`): zod-free, for the pages' URL builders too. */
export const LIST_SEPARATOR = "~";
