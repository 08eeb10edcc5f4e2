import { z } from "zod";

/** For routes that take no parameters: any parameter is a 400. */
export const emptyQuerySchema = z.object({});
