import { servePublicFeed } from "@/lib/http/node-reply";
import { nearFeed } from "@/lib/places/feeds/feeds";

// A Pages API route for speed; see lib/http/node-reply.ts.
// public: "near me" on the map, from the visitor's own coordinates.
export default servePublicFeed("/api/places/near", nearFeed);
export const config = { api: { bodyParser: false } };
