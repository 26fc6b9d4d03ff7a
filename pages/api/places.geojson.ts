import { servePublicFeed } from "@/lib/http/node-reply";
import { bboxFeed } from "@/lib/places/feeds/feeds";

// A Pages API route for speed; see lib/http/node-reply.ts.
// public: the map's stations and venues in a bounding box.
export default servePublicFeed("/api/places.geojson", bboxFeed);
export const config = { api: { bodyParser: false } };
