/** The publisher's details for this build, read once from the environment (src/lib/publisher.ts). */
import { MISSING_PUBLISHER, readPublisher } from '../lib/publisher.ts';

export const publisher = readPublisher(process.env);
if (publisher === undefined) console.warn(MISSING_PUBLISHER);
