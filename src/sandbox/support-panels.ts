/**
 * The live integration and the request log: their own chunk, loaded by app.ts when one of them
 * comes near the viewport, or once the sandbox has tokens (the integration's story starts there).
 */
import './elements/impact-integration/impact-integration.ts';
import './elements/impact-request-log/impact-request-log.ts';
