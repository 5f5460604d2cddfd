export { episodePreview, episodePage } from './episode-page.js';
export { showPreview, showPage } from './show-page.js';
export { HEAD_END } from './html.js';
export { REVIEW_CLIENT } from './review-client.js';
