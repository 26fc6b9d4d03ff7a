import { servePublicFeed } from "@/lib/http/node-reply";
import { bboxFeed } from "@/lib/places/feeds/feeds";

// Public (no session). A Pages API route for speed; see lib/http/node-reply.ts.
export default servePublicFeed("/api/places.geojson", bboxFeed);
export const config = { api: { bodyParser: false } };
